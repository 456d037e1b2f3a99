package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What anonymous visitors get over plain HTTP: no session, real status codes, cacheable media, no leaks. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier();
    }

    @ArquillianResource
    private URL base;

    @Test
    void browsingTheHomeShopAndListingPagesCreatesNoHttpSession() {
        HttpResponse<String> home = Http.get(base, "/");
        assertNoSession(home);
        String body = home.body();
        int listing = body.indexOf("href=\"/listings/");
        int shop = body.indexOf("href=\"/shops/");
        assertTrue(listing > 0 && shop > 0, "the home page links pieces and shops");
        assertNoSession(Http.get(base, body.substring(listing + 6, body.indexOf('"', listing + 6))));
        String shopPath = body.substring(shop + 6, body.indexOf('"', shop + 6));
        assertNoSession(Http.get(base, shopPath));
        assertNoSession(Http.get(base, shopPath + "/verification"));
        assertNoSession(Http.get(base, "/verification"));
        assertNoSession(Http.get(base, "/search?q=ring&verified=true"));
        assertNoSession(Http.get(base, "/compare?shops=" + shopPath.substring("/shops/".length()) + ",nope"));
    }

    @Test
    void aLanguageChosenOnAShopOrListingPageAppliesToThatVeryPage() {
        String body = Http.get(base, "/").body();
        int listing = body.indexOf("href=\"/listings/");
        int shop = body.indexOf("href=\"/shops/");
        String listingPath = body.substring(listing + 6, body.indexOf('"', listing + 6));
        String shopPath = body.substring(shop + 6, body.indexOf('"', shop + 6));
        for (String path : List.of(shopPath, listingPath, "/compare?shops=" + shopPath.substring("/shops/".length()))) {
            String german = Http.get(base, path + (path.contains("?") ? "&" : "?") + "lang=de").body();
            assertTrue(german.contains("Ringe, Silber, Granulation"), path + " in German at once");
        }
    }

    @Test
    void theComparePageEscapesWhatTheAddressSaysAndExplainsWhatIsMissing() {
        HttpResponse<String> page = Http.get(base,
                "/compare?shops=%3Cscript%3Ealert(1)%3C%2Fscript%3E,a,b,c,d,e,f");
        assertEquals(200, page.statusCode());
        assertTrue(!page.body().contains("<script>alert(1)"), "escaped");
        assertTrue(page.body().contains("&lt;script&gt;alert(1)"), "and shown as text");
        assertTrue(page.body().contains("up to four shops"), "more than four: says so");
        assertTrue(page.body().contains("Choose two to four shops"), "nothing to compare: says how");
    }

    private static void assertNoSession(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.uri().toString());
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID")), page.uri() + " " + cookies);
    }

    @Test
    void unknownPagesAnswer404WithTheStyledPageAndNoStackTrace() {
        HttpResponse<String> missing = Http.get(base, "/listings-that-do-not-exist");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("error-page"), "the styled error page");
        assertFalse(missing.body().matches("(?s).*\\(\\w+\\.java:\\d+\\).*"), "no stack trace");
    }

    @Test
    void mediaIsServedWithCachingHeadersAndAnswers304ToItsETag() {
        String home = Http.get(base, "/").body();
        int at = home.indexOf("src=\"/media/") + "src=\"".length();
        assertTrue(at > 5, "the home page shows stored pictures");
        String path = home.substring(at, home.indexOf('"', at));
        HttpResponse<String> image = Http.get(base, path);
        assertEquals(200, image.statusCode());
        assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(image.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
        String etag = image.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Http.get(base, path, "If-None-Match", etag).statusCode());
        assertEquals(404, Http.get(base, "/media/../../etc/passwd").statusCode());
        assertEquals(404, Http.get(base, "/media/0123456789abcdef0123456789abcdef-card.jpg").statusCode());
    }

    @Test
    void germanBrowsersGetGermanPages() {
        HttpResponse<String> home = Http.get(base, "/", "Accept-Language", "de-DE,de;q=0.9");
        assertTrue(home.body().contains("lang=\"de\""), "html lang is de");
        assertTrue(home.body().contains("Neue Stücke"));
    }
}
