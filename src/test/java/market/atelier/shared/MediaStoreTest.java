package market.atelier.shared;

import static market.atelier.shared.TestImages.contains;
import static market.atelier.shared.TestImages.encode;
import static market.atelier.shared.TestImages.quadrants;
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

    @Test
    void storesUploadedPngAsCardAndFullJpegWithoutItsTextMetadata() throws Exception {
        byte[] png = TestImages.withChunkBeforeEnd(encode(quadrants(2000, 1000), "png"),
                TestImages.textChunk("Comment", "secret-gps 52.5200 13.4050"));
        assertTrue(contains(png, "secret-gps"));

        StoredImage stored = upload(png);

        assertEquals(1600, stored.width());
        assertEquals(800, stored.height());
        byte[] full = Files.readAllBytes(new MediaStore(root).path(stored.key(), Size.FULL));
        byte[] card = Files.readAllBytes(new MediaStore(root).path(stored.key(), Size.CARD));
        assertEquals(1600, ImageIO.read(new ByteArrayInputStream(full)).getWidth());
        assertEquals(640, ImageIO.read(new ByteArrayInputStream(card)).getWidth());
        assertFalse(contains(full, "secret-gps"));
        assertFalse(contains(card, "secret-gps"));
    }

    @Test
    void storesUploadedJpegWithoutItsExif() throws Exception {
        byte[] jpeg = TestImages.withExif(encode(quadrants(400, 300), "jpeg"), 1, "secret-gps 52.5200 13.4050");

        StoredImage stored = upload(jpeg);

        byte[] full = Files.readAllBytes(new MediaStore(root).path(stored.key(), Size.FULL));
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
    }

    @Test
    void anUploadIsAlsoStoredInEveryResponsiveWidthAsJpegAndWebp() throws Exception {
        StoredImage stored = upload(encode(quadrants(2000, 1000), "png"));

        MediaStore store = new MediaStore(root);
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
        MediaStore store = new MediaStore(root);
        StoredImage stored = store.store(quadrants(900, 600));
        assertFalse(Files.exists(store.variantPath(stored.key(), 640, MediaStore.Format.WEBP)));

        Path webp = store.variant(stored.key(), 640, MediaStore.Format.WEBP).orElseThrow();
        Path wide = store.variant(stored.key(), 1280, MediaStore.Format.JPEG).orElseThrow();

        assertTrue(Files.size(webp) > 0);
        assertEquals(900, ImageIO.read(wide.toFile()).getWidth(), "not enlarged");
        assertTrue(store.variant(stored.key(), 641, MediaStore.Format.WEBP).isEmpty(), "only the listed widths");
        assertTrue(store.variant("0123456789abcdef0123456789abcdef", 640, MediaStore.Format.WEBP).isEmpty());
    }

    private StoredImage upload(byte[] bytes) throws Rejected {
        return new MediaStore(root).store(new ByteArrayInputStream(bytes), bytes.length);
    }
}
