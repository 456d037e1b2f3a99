package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import market.atelier.shared.MediaStore;
import market.atelier.shared.MediaStore.Size;
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
 * kept pages, oversized forms are refused before they are read, and pictures nobody uses are deleted.
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

    @Inject
    private MediaSweep sweep;

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

    private static BufferedImage picture() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.fillRect(ThreadLocalRandom.current().nextInt(60), ThreadLocalRandom.current().nextInt(44), 4, 4);
        g.dispose();
        return image;
    }

    private static void backdate(MediaStore store, String key) throws Exception {
        for (Size size : Size.values()) {
            Files.setLastModifiedTime(store.path(key, size), FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        }
    }

    private static boolean exists(MediaStore store, String key) {
        return Files.exists(store.path(key, Size.FULL)) && Files.exists(store.path(key, Size.CARD));
    }

    @Test
    void picturesNobodyRefersToAreDeletedADayLaterAndEveryOtherStays() throws Exception {
        MediaStore store = MediaStore.inDataDir();
        String abandoned = store.store(picture()).key();
        String recent = store.store(picture()).key();
        BufferedImage again = picture();
        String storedAgain = store.store(again).key();
        String inUse = em.createQuery("SELECT p.mediaKey FROM ListingPhoto p ORDER BY p.id", String.class)
                .setMaxResults(1).getSingleResult();
        backdate(store, abandoned);
        backdate(store, storedAgain);
        backdate(store, inUse);
        store.store(again); // the same picture uploaded again today: fresh
        Path leftover = Files.createTempFile(store.path(abandoned, Size.FULL).getParent(), "upload", ".tmp");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofDays(3))));

        int deleted = sweep.sweep(store.root(), Instant.now().minus(Duration.ofDays(1)));

        assertFalse(Files.exists(store.path(abandoned, Size.FULL)), "abandoned upload deleted");
        assertFalse(Files.exists(store.path(abandoned, Size.CARD)));
        assertFalse(Files.exists(leftover), "a half-written file from long ago too");
        assertTrue(deleted >= 3, "deleted " + deleted);
        assertTrue(exists(store, inUse), "a listing's photo stays however old");
        assertTrue(exists(store, recent), "a picture stored today stays (a form may still be open)");
        assertTrue(exists(store, storedAgain), "a picture stored again today stays");
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
