package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import market.atelier.account.Account;
import market.atelier.shared.Database;
import market.atelier.shared.MediaBackfill;
import market.atelier.shared.MediaStore;
import market.atelier.shared.MediaStore.Format;
import market.atelier.shared.MediaStore.Size;
import market.atelier.shared.MediaSweep;
import market.atelier.shared.MediaTable;
import market.atelier.shared.MemoryMediaRows;
import market.atelier.shop.Shop;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pictures behind a load balancer: every server serves every picture, whichever server stored it a moment ago, and a
 * server that loses its media folder (kill -9 on a new machine, a wiped disk) loses no picture. "Another server" is a
 * {@link MediaStore} with a cache folder of its own on the same database, as a second WildFly would have; this
 * server answers over HTTP. H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class MediaStorageIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(MediaStorageIT.class, Fixtures.class, Http.class, MemoryMediaRows.class);
    }

    @ArquillianResource
    private URL base;

    @Inject
    private MediaSweep sweep;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Test
    void aPictureUploadedHereIsServedFromTheDatabaseOnceThisServersMediaFolderIsLost() throws Exception {
        MediaStore here = MediaStore.inDataDir();
        byte[] upload = jpeg(picture(1400, 1000));
        String key = here.store(new ByteArrayInputStream(upload), upload.length).key();
        byte[] full = Files.readAllBytes(here.path(key, Size.FULL));
        byte[] card = Files.readAllBytes(here.path(key, Size.CARD));
        byte[] webp = Files.readAllBytes(here.variantPath(key, 640, Format.WEBP));

        wipe(here, key);
        assertFalse(Files.exists(here.path(key, Size.FULL)));

        HttpResponse<byte[]> served = get("/media/" + key + "-full.jpg");
        assertEquals(200, served.statusCode());
        assertArrayEquals(full, served.body());
        assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElse(""));
        assertTrue(served.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertArrayEquals(card, get("/media/" + key + "-card.jpg").body());
        HttpResponse<byte[]> variant = get("/media/" + key + "-w640.webp");
        assertEquals("image/webp", variant.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(webp, variant.body(), "the variant stored at upload, not made again");
        assertTrue(Files.isRegularFile(here.path(key, Size.FULL)), "cached here again");
    }

    @Test
    void aPictureStoredOnAnotherServerAMomentAgoIsServedHere() throws Exception {
        Path folder = Files.createTempDirectory("other-server");
        try {
            MediaStore there = new MediaStore(folder, MediaTable.inDatabase());
            String key = there.store(picture(900, 700)).key();

            HttpResponse<byte[]> full = get("/media/" + key + "-full.jpg");
            HttpResponse<byte[]> small = get("/media/" + key + "-w320.jpg");

            assertEquals(200, full.statusCode());
            assertArrayEquals(Files.readAllBytes(there.path(key, Size.FULL)), full.body());
            assertEquals(200, small.statusCode());
            assertEquals(320, ImageIO.read(new ByteArrayInputStream(small.body())).getWidth(), "made here from it");
            assertArrayEquals(small.body(), Files.readAllBytes(there.variant(key, 320, Format.JPEG).orElseThrow()),
                    "and the other server serves the same bytes, from the database");
            assertEquals(404, get("/media/" + "0".repeat(32) + "-full.jpg").statusCode(), "an unknown picture");
        } finally {
            deleteTree(folder);
        }
    }

    @Test
    void twoFirstRequestsForAVariantAtOnceBothGetTheOneVariantStored() throws Exception {
        Path folder = Files.createTempDirectory("other-server");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            MediaStore there = new MediaStore(folder, MediaTable.inDatabase());
            String key = there.store(picture(1300, 900)).key(); // no variants yet: they are made on first request

            HttpRequest request = HttpRequest.newBuilder(Http.resolve(base, "/media/" + key + "-w640.webp"))
                    .timeout(Duration.ofSeconds(60)).build();
            HttpResponse.BodyHandler<byte[]> bytes = HttpResponse.BodyHandlers.ofByteArray();
            CompletableFuture<HttpResponse<byte[]>> first = CLIENT.sendAsync(request, bytes);
            CompletableFuture<HttpResponse<byte[]>> second = CLIENT.sendAsync(request, bytes);
            assertEquals(200, first.get(60, TimeUnit.SECONDS).statusCode());
            assertEquals(200, second.get(60, TimeUnit.SECONDS).statusCode());
            assertArrayEquals(first.get().body(), second.get().body());
            assertEquals(1, rows(key, "w640.webp"));

            // Two servers at once, each missing the variant in its folder and in the database.
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Path>> made = new ArrayList<>();
            for (MediaStore server : List.of(MediaStore.inDataDir(), there)) {
                made.add(threads.submit(() -> {
                    together.await();
                    return server.variant(key, 960, Format.JPEG).orElseThrow();
                }));
            }
            byte[] one = Files.readAllBytes(made.get(0).get(60, TimeUnit.SECONDS));
            byte[] other = Files.readAllBytes(made.get(1).get(60, TimeUnit.SECONDS));
            assertArrayEquals(one, other, "both serve what was stored first");
            assertEquals(1, rows(key, "w960.jpg"));
            assertArrayEquals(one, get("/media/" + key + "-w960.jpg").body());
        } finally {
            threads.shutdownNow();
            deleteTree(folder);
        }
    }

    @Test
    void theSweepDeletesOnlyPicturesNobodyRefersToFromTheDatabaseAndTheCache() throws Exception {
        MediaStore store = MediaStore.inDataDir();
        String abandoned = store.store(picture(64, 48)).key();
        String recent = store.store(picture(64, 48)).key();
        BufferedImage again = picture(64, 48);
        String storedAgain = store.store(again).key();
        String inUse = store.store(picture(64, 48)).key();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        Account owner = Fixtures.account(em, "media-sweep-" + unique + "@example.org");
        Shop shop = Fixtures.shop(em, owner, "Médiathèque Łódź " + unique);
        shop.setPortraitKey(inUse);
        tx.commit();
        for (String key : List.of(abandoned, storedAgain, inUse)) {
            backdate(store, key, Duration.ofDays(2));
        }
        store.store(again); // the same picture uploaded again today: fresh
        Path leftover = Files.createTempFile(store.path(abandoned, Size.FULL).getParent(), "upload", ".tmp");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofDays(3))));

        MediaSweep.Swept swept = sweep.sweep(store.root(), Instant.now().minus(Duration.ofDays(1)));

        assertEquals(0, rows(abandoned, Size.FULL.variant()) + rows(abandoned, Size.CARD.variant()),
                "an abandoned upload is deleted for every server");
        assertFalse(Files.exists(store.path(abandoned, Size.FULL)), "and from the cache");
        assertFalse(Files.exists(store.path(abandoned, Size.CARD)));
        assertEquals(404, get("/media/" + abandoned + "-full.jpg").statusCode());
        assertFalse(Files.exists(leftover), "a half-written file from long ago too");
        assertTrue(swept.pictures() >= 1, "swept " + swept);
        assertTrue(swept.files() >= 3, "swept " + swept);
        for (String kept : List.of(inUse, recent, storedAgain)) {
            assertEquals(2, rows(kept, Size.FULL.variant()) + rows(kept, Size.CARD.variant()), kept);
            wipe(store, kept);
            assertEquals(200, get("/media/" + kept + "-card.jpg").statusCode(), "a picture in use, stored today or"
                    + " stored again today stays, served from the database");
        }
    }

    @Test
    void theDatabaseIsSweptByOneServerADay() throws Exception {
        LocalDate day = LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                claims.add(threads.submit(() -> {
                    together.await();
                    return sweep.claim(day);
                }));
            }
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, won, "the timer fires on every server, one of them sweeps the rows");
            assertFalse(sweep.claim(day), "and only once that day");
            assertTrue(sweep.claim(day.plusDays(1)));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void picturesOnlyInTheMediaFolderOfAnOlderVersionAreCopiedIntoTheDatabase() throws Exception {
        MediaStore here = MediaStore.inDataDir();
        MediaStore older = new MediaStore(here.root(), new MemoryMediaRows()); // wrote files only
        String key = older.store(picture(600, 400)).key();
        assertEquals(0, rows(key, Size.FULL.variant()));

        MediaBackfill.Result imported = MediaBackfill.run(here.root(), MediaTable.inDatabase(), () -> false);

        assertTrue(imported.copied() >= 2, "copied " + imported);
        assertEquals(1, rows(key, Size.FULL.variant()));
        assertEquals(1, rows(key, Size.CARD.variant()));
        byte[] full = Files.readAllBytes(here.path(key, Size.FULL));
        wipe(here, key);
        assertArrayEquals(full, get("/media/" + key + "-full.jpg").body());
        assertEquals(0, MediaBackfill.run(here.root(), MediaTable.inDatabase(), () -> false).copied(),
                "nothing is copied twice");
    }

    /** A picture no other test draws: random blocks of colour. */
    private static BufferedImage picture(int width, int height) {
        Random random = new Random(ThreadLocalRandom.current().nextLong());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillRect(random.nextInt(width), random.nextInt(height), 1 + random.nextInt(width),
                    1 + random.nextInt(height));
        }
        g.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(Http.resolve(base, path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** This server forgets the picture: every cached file of it is deleted. */
    private static void wipe(MediaStore store, String key) throws IOException {
        for (Path file : cached(store, key)) {
            Files.delete(file);
        }
    }

    private static List<Path> cached(MediaStore store, String key) throws IOException {
        Path folder = store.path(key, Size.FULL).getParent();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(key + "-")).toList();
        }
    }

    /** Makes the picture look stored {@code ago}: its rows and its cached files. */
    private static void backdate(MediaStore store, String key, Duration ago) throws Exception {
        Instant then = Instant.now().minus(ago);
        try (Connection connection = Database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE media_object SET stored_at = ? WHERE object_key = ?")) {
            update.setTimestamp(1, Timestamp.from(then));
            update.setString(2, key);
            assertTrue(update.executeUpdate() >= 2);
        }
        for (Path file : cached(store, key)) {
            Files.setLastModifiedTime(file, FileTime.from(then));
        }
    }

    private static int rows(String key, String variant) throws Exception {
        try (Connection connection = Database.dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM media_object WHERE object_key = ? AND variant = ?")) {
            count.setString(1, key);
            count.setString(2, variant);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
