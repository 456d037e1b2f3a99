package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The health endpoint a load balancer or a person checks first. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier();
    }

    @ArquillianResource
    private URL base;

    @Test
    void healthAnswersUpWithTheDatabaseAsJson() {
        HttpResponse<String> response = Http.get(base, "/health");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("{\"status\":\"UP\",\"database\":\"UP\"}", response.body());
    }

    @Test
    void atelierIsServedAtTheContextRoot() {
        assertEquals("/", base.getPath());
        assertEquals(200, Http.get(base, "/").statusCode());
    }
}
