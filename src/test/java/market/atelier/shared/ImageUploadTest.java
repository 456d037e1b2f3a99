package market.atelier.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageUploadTest {

    private static byte[] image(String format, int type, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(400, 500, type);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(100, 100, 200, 300);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static ImageUpload.Problem problemOf(byte[] bytes) {
        return assertThrows(ImageUpload.Rejected.class, () -> ImageUpload.read(new ByteArrayInputStream(bytes)))
                .problem();
    }

    @Test
    void acceptsAJpegAndAPngByTheirContent() throws Exception {
        BufferedImage jpeg = ImageUpload.read(new ByteArrayInputStream(image("jpeg", BufferedImage.TYPE_INT_RGB, Color.RED)));
        assertEquals(400, jpeg.getWidth());
        assertEquals(500, jpeg.getHeight());
        BufferedImage png = ImageUpload.read(new ByteArrayInputStream(image("png", BufferedImage.TYPE_INT_ARGB, Color.BLUE)));
        assertEquals(BufferedImage.TYPE_INT_RGB, png.getType());
        assertEquals(Color.WHITE.getRGB(), png.getRGB(0, 0), "transparency becomes white");
    }

    @Test
    void refusesFilesThatOnlyPretendToBeImages() throws Exception {
        assertEquals(ImageUpload.Problem.NOT_AN_IMAGE, problemOf("Just some notes.\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImageUpload.Problem.NOT_AN_IMAGE, problemOf(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImageUpload.Problem.NOT_AN_IMAGE, problemOf(
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImageUpload.Problem.NOT_AN_IMAGE, problemOf(image("gif", BufferedImage.TYPE_INT_RGB, Color.RED)));
        byte[] fakeJpeg = new byte[4096];
        fakeJpeg[0] = (byte) 0xFF;
        fakeJpeg[1] = (byte) 0xD8;
        fakeJpeg[2] = (byte) 0xFF;
        assertEquals(ImageUpload.Problem.DAMAGED, problemOf(fakeJpeg));
    }

    @Test
    void refusesEmptyAndOversizedFilesWithoutReadingPastTheLimit() {
        assertEquals(ImageUpload.Problem.EMPTY, problemOf(new byte[0]));
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                return served++ < 3 ? new int[] {0xFF, 0xD8, 0xFF}[(int) served - 1] : 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served += len;
                return len;
            }
        };
        ImageUpload.Rejected rejected = assertThrows(ImageUpload.Rejected.class, () -> ImageUpload.read(endless));
        assertEquals(ImageUpload.Problem.TOO_LARGE, rejected.problem());
    }

    @Test
    void refusesADecompressionBombFromItsHeaderBeforeDecodingIt() throws Exception {
        byte[] bomb = pngHeaderClaiming(50_000, 50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertEquals(ImageUpload.Problem.TOO_MANY_PIXELS, problemOf(bomb)));
    }

    @Test
    void storingAnUploadReEncodesItWithoutItsMetadata(@TempDir Path dir) throws Exception {
        byte[] png = withTextChunk(image("png", BufferedImage.TYPE_INT_RGB, Color.GREEN), "GPS", "secret-gps-38.7N-9.1W");
        MediaStore store = new MediaStore(dir);
        MediaStore.StoredImage stored = store.store(new ByteArrayInputStream(png), png.length);
        Path full = store.path(stored.key(), MediaStore.Size.FULL);
        Path card = store.path(stored.key(), MediaStore.Size.CARD);
        assertTrue(Files.exists(full) && Files.exists(card));
        byte[] jpeg = Files.readAllBytes(full);
        assertEquals((byte) 0xFF, jpeg[0]);
        assertFalse(new String(jpeg, StandardCharsets.ISO_8859_1).contains("secret-gps"), "metadata is gone");
    }

    /** A PNG signature and an IHDR chunk that claims huge dimensions, then a tiny IDAT and IEND. */
    private static byte[] pngHeaderClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] withTextChunk(byte[] png, String key, String value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        chunk(out, "tEXt", (key + "\0" + value).getBytes(StandardCharsets.ISO_8859_1));
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
