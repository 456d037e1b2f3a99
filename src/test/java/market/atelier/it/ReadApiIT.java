package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JSON read API and the search page over HTTP: shapes, 404s, hostile parameters, and no session. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier();
    }

    @ArquillianResource
    private URL base;

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void noSession(HttpResponse<String> response) {
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "no HTTP session: " + response.headers().allValues("Set-Cookie"));
    }

    @Test
    void listingsAnswerWithTotalAndItemsInTheDocumentedShape() {
        HttpResponse<String> response = Http.get(base, "/api/listings?sort=price_desc");
        assertEquals(200, response.statusCode());
        noSession(response);
        JsonObject body = json(response);
        assertTrue(body.containsKey("total"));
        if (body.getJsonNumber("total").longValue() > 0) {
            JsonObject item = body.getJsonArray("items").getJsonObject(0);
            for (String key : new String[] {"id", "title", "price", "shop", "badges", "url"}) {
                assertTrue(item.containsKey(key), key + " in " + item);
            }
            assertTrue(item.getJsonObject("price").containsKey("amount"));
            assertEquals("EUR", item.getJsonObject("price").getString("currency"));
            assertTrue(item.getJsonObject("shop").containsKey("slug"));
            assertTrue(item.getString("url").startsWith("/listings/"));
        }
    }

    @Test
    void hostileParametersAreIgnoredAndNothingMatchesNothing() {
        JsonObject none = json(Http.get(base, "/api/listings?q=m0000000000qqq&page=-1&minPrice=abc&sort=%3Cx%3E"));
        assertEquals(0, none.getJsonNumber("total").longValue());
        assertEquals(0, none.getJsonArray("items").size());
        HttpResponse<String> page = Http.get(base, "/search?q=%3Cscript%3Ealert(1)%3C/script%3E&page=9999999999");
        assertEquals(200, page.statusCode());
        noSession(page);
        assertTrue(!page.body().contains("<script>alert(1)"), "the query is escaped");
        assertTrue(page.body().contains("&lt;script&gt;alert(1)"));
    }

    @Test
    void anUnknownOrNonPublicShopIsAJson404() {
        HttpResponse<String> unknown = Http.get(base, "/api/shops/no-such-shop-anywhere");
        assertEquals(404, unknown.statusCode());
        assertEquals("No such shop", json(unknown).getString("error"));
        assertEquals(404, Http.get(base, "/api/shops/%3Cscript%3E").statusCode());
    }
}
