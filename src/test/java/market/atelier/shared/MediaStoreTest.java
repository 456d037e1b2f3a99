package market.atelier.shared;

import static market.atelier.shared.TestImages.contains;
import static market.atelier.shared.TestImages.encode;
import static market.atelier.shared.TestImages.quadrants;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import market.atelier.shared.ImageUpload.Problem;
import market.atelier.shared.ImageUpload.Rejected;
import market.atelier.shared.MediaStore.Size;
import market.atelier.shared.MediaStore.StoredImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaStoreTest {

    @TempDir
    Path root;

    /** Another server's cache folder: the same rows, none of the files. */
    @TempDir
    Path otherServer;

    private final MemoryMediaRows rows = new MemoryMediaRows();

    @Test
    void storesUploadedPngAsCardAndFullJpegWithoutItsTextMetadata() throws Exception {
        byte[] png = TestImages.withChunkBeforeEnd(encode(quadrants(2000, 1000), "png"),
                TestImages.textChunk("Comment", "secret-gps 52.5200 13.4050"));
        assertTrue(contains(png, "secret-gps"));

        StoredImage stored = upload(png);

        assertEquals(1600, stored.width());
        assertEquals(800, stored.height());
        byte[] full = Files.readAllBytes(new MediaStore(root, rows).path(stored.key(), Size.FULL));
        byte[] card = Files.readAllBytes(new MediaStore(root, rows).path(stored.key(), Size.CARD));
        assertEquals(1600, ImageIO.read(new ByteArrayInputStream(full)).getWidth());
        assertEquals(640, ImageIO.read(new ByteArrayInputStream(card)).getWidth());
        assertFalse(contains(full, "secret-gps"));
        assertFalse(contains(card, "secret-gps"));
    }

    @Test
    void storesUploadedJpegWithoutItsExif() throws Exception {
        byte[] jpeg = TestImages.withExif(encode(quadrants(400, 300), "jpeg"), 1, "secret-gps 52.5200 13.4050");

        StoredImage stored = upload(jpeg);

        byte[] full = Files.readAllBytes(new MediaStore(root, rows).path(stored.key(), Size.FULL));
        assertFalse(contains(full, "secret-gps"));
        assertFalse(contains(full, "Exif"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(full));
        assertEquals(400, image.getWidth());
        assertEquals(300, image.getHeight());
    }

    @Test
    void storesNothingForARejectedUpload() throws IOException {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);

        Rejected rejected = assertThrows(Rejected.class, () -> upload(svg));

        assertEquals(Problem.NOT_AN_IMAGE, rejected.problem());
        try (Stream<Path> files = Files.list(root)) {
            assertEquals(0, files.count());
        }
        assertEquals(0, rows.size());
    }

    @Test
    void anUploadIsAlsoStoredInEveryResponsiveWidthAsJpegAndWebp() throws Exception {
        StoredImage stored = upload(encode(quadrants(2000, 1000), "png"));

        MediaStore store = new MediaStore(root, rows);
        for (int width : MediaStore.WIDTHS) {
            Path jpeg = store.variantPath(stored.key(), width, MediaStore.Format.JPEG);
            Path webp = store.variantPath(stored.key(), width, MediaStore.Format.WEBP);
            assertEquals(width, ImageIO.read(jpeg.toFile()).getWidth());
            byte[] webpBytes = Files.readAllBytes(webp);
            assertEquals("RIFF", new String(webpBytes, 0, 4, StandardCharsets.US_ASCII));
            assertEquals("WEBP", new String(webpBytes, 8, 4, StandardCharsets.US_ASCII));
            assertTrue(webpBytes.length < Files.size(jpeg), width + " px: WebP lighter than JPEG");
        }
    }

    @Test
    void picturesStoredBeforeGetTheirVariantsOnFirstRequestNeverWiderThanStored() throws Exception {
        MediaStore store = new MediaStore(root, rows);
        StoredImage stored = store.store(quadrants(900, 600));
        assertFalse(Files.exists(store.variantPath(stored.key(), 640, MediaStore.Format.WEBP)));

        Path webp = store.variant(stored.key(), 640, MediaStore.Format.WEBP).orElseThrow();
        Path wide = store.variant(stored.key(), 1280, MediaStore.Format.JPEG).orElseThrow();

        assertTrue(Files.size(webp) > 0);
        assertEquals(900, ImageIO.read(wide.toFile()).getWidth(), "not enlarged");
        assertTrue(store.variant(stored.key(), 641, MediaStore.Format.WEBP).isEmpty(), "only the listed widths");
        assertTrue(store.variant("0123456789abcdef0123456789abcdef", 640, MediaStore.Format.WEBP).isEmpty());
    }

    @Test
    void aStoredPictureIsKeptInTheRowsSoAServerWithoutTheFilesServesTheSameBytes() throws Exception {
        StoredImage stored = upload(encode(quadrants(2000, 1000), "png"));
        MediaStore here = new MediaStore(root, rows);
        MediaStore there = new MediaStore(otherServer, rows);

        Path full = there.full(stored.key()).orElseThrow();
        Path card = there.file(stored.key(), Size.CARD).orElseThrow();
        Path webp = there.variant(stored.key(), 640, MediaStore.Format.WEBP).orElseThrow();

        assertTrue(full.startsWith(otherServer), "cached in the other server's folder");
        assertArrayEquals(Files.readAllBytes(here.path(stored.key(), Size.FULL)), Files.readAllBytes(full));
        assertArrayEquals(Files.readAllBytes(here.path(stored.key(), Size.CARD)), Files.readAllBytes(card));
        assertArrayEquals(Files.readAllBytes(here.variantPath(stored.key(), 640, MediaStore.Format.WEBP)),
                Files.readAllBytes(webp), "read from the rows, not made again");
        assertEquals("image/webp", rows.row(stored.key(), "w640.webp").contentType());
    }

    @Test
    void aLostCacheFolderLosesNoPicture() throws Exception {
        StoredImage stored = upload(encode(quadrants(800, 600), "png"));
        byte[] before = Files.readAllBytes(new MediaStore(root, rows).path(stored.key(), Size.FULL));
        deleteAll(root);

        MediaStore store = new MediaStore(root, rows);
        assertArrayEquals(before, Files.readAllBytes(store.full(stored.key()).orElseThrow()));
        assertTrue(store.variant(stored.key(), 320, MediaStore.Format.JPEG).isPresent());
        try (Stream<Path> files = Files.walk(root)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(),
                    "no temporary file left behind");
        }
    }

    @Test
    void aCachedPictureIsServedWithoutAskingTheRows() throws Exception {
        MediaStore store = new MediaStore(root, rows);
        StoredImage stored = store.store(quadrants(900, 600));
        store.variant(stored.key(), 640, MediaStore.Format.WEBP).orElseThrow();
        int calls = rows.calls();

        for (int i = 0; i < 3; i++) {
            assertTrue(store.full(stored.key()).isPresent());
            assertTrue(store.file(stored.key(), Size.CARD).isPresent());
            assertTrue(store.variant(stored.key(), 640, MediaStore.Format.WEBP).isPresent());
        }

        assertEquals(calls, rows.calls(), "cache hits never reach the database");
    }

    @Test
    void twoServersMakingTheSameVariantAtOnceBothServeTheOneThatWasStored() throws Exception {
        StoredImage stored = new MediaStore(root, rows).store(quadrants(1200, 900));
        List<MediaStore> servers = List.of(new MediaStore(root, rows), new MediaStore(otherServer, rows));
        CyclicBarrier together = new CyclicBarrier(servers.size());
        ExecutorService threads = Executors.newFixedThreadPool(servers.size());
        try {
            List<Future<Path>> made = new ArrayList<>();
            for (MediaStore server : servers) {
                made.add(threads.submit(() -> {
                    together.await();
                    return server.variant(stored.key(), 960, MediaStore.Format.WEBP).orElseThrow();
                }));
            }
            List<Path> files = new ArrayList<>();
            for (Future<Path> file : made) {
                files.add(file.get(30, TimeUnit.SECONDS));
            }
            byte[] kept = rows.row(stored.key(), "w960.webp").bytes();
            for (Path file : files) {
                assertArrayEquals(kept, Files.readAllBytes(file));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aVariantAnotherServerStoredFirstIsServedAsItWasStored() throws Exception {
        MediaStore store = new MediaStore(root, rows);
        StoredImage stored = store.store(quadrants(900, 600));
        byte[] theirs = encode(quadrants(320, 213), "jpeg");
        assertTrue(rows.insertIfAbsent(stored.key(), "w320.jpg", "image/jpeg", theirs));

        assertArrayEquals(theirs, Files.readAllBytes(store.variant(stored.key(), 320, MediaStore.Format.JPEG)
                .orElseThrow()));
    }

    @Test
    void aCardWhoseRowIsMissingIsMadeAgainFromTheFullSize() throws Exception {
        StoredImage stored = new MediaStore(root, rows).store(quadrants(2000, 1000));
        rows.delete(stored.key(), Size.CARD.variant());

        Path card = new MediaStore(otherServer, rows).file(stored.key(), Size.CARD).orElseThrow();

        assertEquals(640, ImageIO.read(card.toFile()).getWidth());
        assertTrue(rows.row(stored.key(), Size.CARD.variant()) != null, "and stored for every server");
    }

    @Test
    void storingThePictureAgainMakesItFreshWithoutWritingItTwice() throws Exception {
        MediaStore store = new MediaStore(root, rows);
        BufferedImage picture = quadrants(700, 500);
        StoredImage first = store.store(picture);
        Instant storedAt = rows.row(first.key(), Size.FULL.variant()).storedAt();
        int size = rows.size();
        Thread.sleep(5);

        StoredImage again = store.store(picture);

        assertEquals(first, again);
        assertEquals(size, rows.size());
        assertTrue(rows.row(first.key(), Size.FULL.variant()).storedAt().isAfter(storedAt), "fresh for MediaSweep");
        assertTrue(rows.row(first.key(), Size.CARD.variant()).storedAt().isAfter(storedAt));
    }

    @Test
    void anUnknownPictureOrAMalformedNameFindsNothing() throws Exception {
        MediaStore store = new MediaStore(root, rows);
        assertTrue(store.full("0123456789abcdef0123456789abcdef").isEmpty());
        assertTrue(store.file("0123456789abcdef0123456789abcdef", Size.CARD).isEmpty());
        assertTrue(store.full("../../etc/passwd").isEmpty());
        assertTrue(store.file("0123456789abcdef0123456789abcdef", null).isEmpty());
    }

    @Test
    void filesStoredBeforeThePicturesWereInTheDatabaseAreCopiedInOnce() throws Exception {
        MediaStore old = new MediaStore(root, new MemoryMediaRows()); // an older version: files only
        StoredImage stored = old.store(quadrants(900, 600));
        old.variant(stored.key(), 320, MediaStore.Format.WEBP).orElseThrow();
        Files.writeString(old.path(stored.key(), Size.FULL).resolveSibling("upload123.tmp"), "half written");

        MediaBackfill.Result first = MediaBackfill.run(root, rows, () -> false);
        MediaBackfill.Result second = MediaBackfill.run(root, rows, () -> false);

        assertEquals(3, first.copied(), "full, card and the one variant; no temporary file");
        assertEquals(0, first.present());
        assertEquals(0, second.copied(), "a later start copies nothing again");
        assertEquals(3, second.present());
        assertArrayEquals(Files.readAllBytes(old.path(stored.key(), Size.FULL)),
                Files.readAllBytes(new MediaStore(otherServer, rows).full(stored.key()).orElseThrow()));
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(folder)) {
                    Files.delete(file);
                }
            }
        }
    }

    private StoredImage upload(byte[] bytes) throws Rejected {
        return new MediaStore(root, rows).store(new ByteArrayInputStream(bytes), bytes.length);
    }
}
