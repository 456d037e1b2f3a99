package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What makes public pages light on a phone: compressed text, resources kept by the browser, no PrimeFaces theme
 * where no PrimeFaces component is, and pictures in the size and format the browser needs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageWeightIT {

    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script src=\"([^\"]*atelier\\.js[^\"]*)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier();
    }

    @ArquillianResource
    private URL base;

    @Test
    void pagesCssAndJsAreGzipCompressedForBrowsersThatAcceptIt() {
        String home = Http.get(base, "/").body();
        for (String path : List.of("/", "/search?q=ring", first(STYLESHEET, home), first(SCRIPT, home))) {
            HttpResponse<String> compressed = Http.get(base, path, "Accept-Encoding", "gzip, deflate");
            assertEquals(200, compressed.statusCode(), path);
            assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElse(""), path);
            assertFalse(Http.get(base, path).headers().firstValue("Content-Encoding").isPresent(),
                    path + " stays plain for clients that ask for no compression");
        }
    }

    @Test
    void versionedResourcesAreKeptForAYearAndErrorsAreNot() {
        String home = Http.get(base, "/").body();
        for (String path : List.of(first(STYLESHEET, home), first(SCRIPT, home))) {
            assertTrue(path.contains("v="), path + " carries a version");
            String cacheControl = Http.get(base, path).headers().firstValue("Cache-Control").orElse("");
            assertTrue(cacheControl.contains("max-age=31536000") && cacheControl.contains("immutable"),
                    path + ": " + cacheControl);
        }
        HttpResponse<String> missing = Http.get(base, "/jakarta.faces.resource/css/none.css.xhtml?ln=atelier&v=1");
        assertEquals(404, missing.statusCode());
        assertEquals("no-store", missing.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void publicPagesLinkNoPrimeFacesThemeWhileFormPagesKeepIt() {
        String home = Http.get(base, "/").body();
        String shop = link(home, "/shops/");
        for (String path : List.of("/", "/search?q=ring", link(home, "/listings/"), shop,
                "/compare?shops=" + shop.substring("/shops/".length()))) {
            String page = Http.get(base, path).body();
            assertEquals(200, Http.get(base, path).statusCode(), path);
            assertTrue(page.contains("atelier.css"), path + " has Atelier's styles");
            assertFalse(page.contains("ln=primefaces-"), path + " links no PrimeFaces theme");
            assertFalse(page.contains("primeicons") || page.contains("components.css"), path + " nor its icons/CSS");
        }
        String login = Http.get(base, "/login").body();
        assertTrue(login.contains("theme.css.xhtml?ln=primefaces-saga-blue"), "the sign-in form keeps the theme");
    }

    @Test
    void cardsOfferWebpAndJpegVariantsAndOnlyTheFirstRowLoadsAtOnce() {
        // Other test classes share this deployment and add pieces without photos (none says "filigree"): look at the
        // pictured cards among the first row (four) and after it.
        String[] cards = Http.get(base, "/search?q=filigree").body().split("class=\"card\"");
        String card = pictured(cards, 1, 5);
        assertTrue(card.matches("(?s).*<source type=\"image/webp\" srcset=\"/media/[0-9a-f]{32}-w320\\.webp 320w, .*"),
                card);
        assertTrue(card.contains("sizes=\"(max-width: 640px) 50vw, 300px\""), card);
        assertTrue(card.matches("(?s).*<img [^>]*srcset=\"/media/[0-9a-f]{32}-w320\\.jpg 320w, .*"), card);
        assertTrue(card.contains("loading=\"eager\"") && card.contains("fetchpriority=\"high\""), card);
        String later = pictured(cards, 5, cards.length);
        assertTrue(later.contains("loading=\"lazy\"") && later.contains("width=\""), later);
    }

    /** The picture of the first card with a photo among cards[from..to) (cards[0] is the page before them). */
    private static String pictured(String[] cards, int from, int to) {
        for (int i = from; i < to && i < cards.length; i++) {
            int end = cards[i].indexOf("</picture>");
            if (end > 0) {
                return cards[i].substring(0, end);
            }
        }
        throw new AssertionError("no card with a photo among cards " + from + "–" + (to - 1) + " of " + (cards.length - 1));
    }

    @Test
    void aWebpVariantIsServedAsWebpAndWeighsLessThanTheJpeg() {
        String search = Http.get(base, "/search?q=ring").body();
        Matcher variant = Pattern.compile("/media/([0-9a-f]{32})-w640\\.webp").matcher(search);
        assertTrue(variant.find(), "cards list a 640 px WebP");
        HttpResponse<String> webp = Http.get(base, variant.group());
        assertEquals(200, webp.statusCode());
        assertEquals("image/webp", webp.headers().firstValue("Content-Type").orElse(""));
        assertTrue(webp.body().startsWith("RIFF"), "a RIFF/WebP file");
        assertTrue(webp.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        HttpResponse<String> jpeg = Http.get(base, "/media/" + variant.group(1) + "-w640.jpg");
        assertEquals("image/jpeg", jpeg.headers().firstValue("Content-Type").orElse(""));
        long webpBytes = webp.headers().firstValueAsLong("Content-Length").orElseThrow();
        long jpegBytes = jpeg.headers().firstValueAsLong("Content-Length").orElseThrow();
        assertTrue(webpBytes < jpegBytes, "WebP " + webpBytes + " bytes, JPEG " + jpegBytes);
        assertEquals(404, Http.get(base, "/media/" + variant.group(1) + "-w641.webp").statusCode(), "only listed widths");
        assertEquals(404, Http.get(base, "/media/0123456789abcdef0123456789abcdef-w640.webp").statusCode());
    }

    private static String first(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertTrue(matcher.find(), pattern.pattern());
        return matcher.group(1).replace("&amp;", "&");
    }

    private static String link(String page, String prefix) {
        int at = page.indexOf("href=\"" + prefix) + "href=\"".length();
        String path = page.substring(at, page.indexOf('"', at));
        return prefix.equals("/shops/") ? path.split("/verification")[0] : path;
    }
}
