package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import market.atelier.shared.MediaSweep;
import market.atelier.shared.web.PageStore;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What hostile or careless requests cannot do to the server's memory and disk: junk parameters do not multiply
 * kept pages, oversized forms are refused before they are read, and every column holding a picture is one the sweep
 * of unused pictures checks (the sweep itself: MediaStorageIT).
 */
@ExtendWith(ArquillianExtension.class)
class ResourceLimitsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(ResourceLimitsIT.class, Http.class);
    }

    @ArquillianResource
    private URL base;

    @Inject
    private PageStore pages;

    @PersistenceContext
    private EntityManager em;

    @Test
    void addressesWithParametersAPageDoesNotReadShareOneKeptPage() {
        String home = Http.get(base, "/").body();
        Http.get(base, "/search?q=ring&category=rings");
        int kept = pages.size();
        for (int i = 1; i <= 60; i++) {
            HttpResponse<String> junk = Http.get(base, "/?x=" + i + "&utm_source=Zo%C3%AB+M%C3%BCller",
                    "Accept-Language", "en-GB;q=0." + (i % 10) + ",x-junk-" + i);
            assertEquals(200, junk.statusCode());
            assertTrue(junk.body().contains("maker__name"), "the home page, as for everyone");
            assertEquals(200, Http.get(base, "/search?category=rings&q=ring&page=&ref=" + i).statusCode());
        }
        assertEquals(200, Http.get(base, "/search?category=rings&q=ring").statusCode(), "another order, same page");
        assertEquals(kept, pages.size(), "no page kept per junk parameter, language header or order");
        assertFalse(pages.holds("/?x=1"), "never under the junk address");
        assertTrue(pages.holds("/"), "the home page is kept: " + home.length() + " bytes");
        assertTrue(pages.bytes() <= pages.budget(), pages.bytes() + " bytes within " + pages.budget());
    }

    @Test
    void anOversizedFormOnAPageThatTakesNoPhotosIsRefused413WithAPageInPlainWords() {
        byte[] body = ("message=" + "Wunderschön – Kraków, Straße ".repeat(120_000))
                .getBytes(StandardCharsets.UTF_8); // about 3.5 MB
        assertTrue(body.length > 3_000_000);
        HttpResponse<String> refused = Http.post(base, "/login", "application/x-www-form-urlencoded", body);
        assertEquals(413, refused.statusCode());
        assertTrue(refused.body().contains("more than this page takes"), refused.body());
        assertFalse(refused.body().matches("(?s).*\\(\\w+\\.java:\\d+\\).*"), "no stack trace");
        HttpResponse<String> upload = Http.post(base, "/seller/listing/edit", "application/x-www-form-urlencoded",
                body);
        assertNotEquals(413, upload.statusCode(), "a page that takes photos takes more");
        HttpResponse<String> small = Http.post(base, "/login", "application/x-www-form-urlencoded",
                "message=Zoë".getBytes(StandardCharsets.UTF_8));
        assertNotEquals(413, small.statusCode());
    }

    @Test
    void everyColumnThatHoldsAPictureIsOneTheSweepChecks() {
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE LOWER(COLUMN_NAME) IN ('media_key', 'portrait_key', 'banner_key', 'photo_key', 'image_key')")
                .getResultList();
        assertTrue(columns.size() >= MediaSweep.REFERENCES.size(), "found " + columns.size());
        for (Object[] column : columns) {
            String name = (column[0] + "." + column[1]).toLowerCase(Locale.ROOT);
            assertTrue(MediaSweep.REFERENCES.contains(name), name + " is not swept: add it to MediaSweep.REFERENCES");
        }
    }
}
