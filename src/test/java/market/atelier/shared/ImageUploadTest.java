package market.atelier.shared;

import static market.atelier.shared.TestImages.concat;
import static market.atelier.shared.TestImages.encode;
import static market.atelier.shared.TestImages.quadrants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import java.util.Random;
import market.atelier.shared.ImageUpload.Problem;
import market.atelier.shared.ImageUpload.Rejected;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageUploadTest {

    @BeforeAll
    static void loadImageIoPlugins() throws Rejected {
        // The first use of ImageIO scans for plugins; keep that out of the timed tests.
        read(encode(quadrants(8, 8), "png"));
    }

    @Test
    void acceptsJpegWithItsSize() throws Rejected {
        BufferedImage image = read(encode(quadrants(300, 200), "jpeg"));

        assertEquals(300, image.getWidth());
        assertEquals(200, image.getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
        assertEquals('R', colourAt(image, 75, 50));
    }

    @Test
    void acceptsPngAndFlattensTransparencyOntoWhite() throws Rejected {
        BufferedImage withAlpha = new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB); // all transparent
        for (int y = 20; y < 60; y++) {
            for (int x = 30; x < 90; x++) {
                withAlpha.setRGB(x, y, 0xFF0000FF); // opaque blue middle
            }
        }

        BufferedImage image = read(encode(withAlpha, "png"));

        assertEquals(120, image.getWidth());
        assertEquals(80, image.getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
        assertEquals(0xFFFFFF, image.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x0000FF, image.getRGB(60, 40) & 0xFFFFFF);
    }

    @Test
    void acceptsFileOfExactlyTheLimit() throws Rejected {
        byte[] png = encode(quadrants(16, 16), "png");
        byte[] padding = new byte[(int) ImageUpload.MAX_BYTES - png.length - 12];
        byte[] atLimit = TestImages.withChunkBeforeEnd(png, TestImages.pngChunk("prVt", padding));
        assertEquals(ImageUpload.MAX_BYTES, atLimit.length);

        assertEquals(16, read(atLimit).getWidth());
    }

    @Test
    void refusesTextFileWhateverItsNameSays() {
        assertRejected(Problem.NOT_AN_IMAGE, "Ring, silver, size 54. Not a photo at all.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>",
        "<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>",
        "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n",
        "PK\u0003\u0004 a zip archive"})
    void refusesDocumentsThatAreNotRasterPhotos(String content) {
        assertRejected(Problem.NOT_AN_IMAGE, content);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gif", "bmp", "tiff"})
    void refusesOtherImageFormatsEvenThoughImageIoCouldReadThem(String format) {
        byte[] other = encode(quadrants(20, 20), format);
        assertRejected(Problem.UNSUPPORTED_TYPE, other);
    }

    @Test
    void refusesWebpAndHeicByTheirHeaders() {
        byte[] webp = concat("RIFF".getBytes(StandardCharsets.US_ASCII), new byte[4],
                "WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), new byte[40]);
        byte[] heic = concat(new byte[] {0, 0, 0, 0x18}, "ftypheic".getBytes(StandardCharsets.US_ASCII),
                new byte[40]);

        assertRejected(Problem.UNSUPPORTED_TYPE, webp);
        assertRejected(Problem.UNSUPPORTED_TYPE, heic);
    }

    @Test
    void refusesEmptyFile() {
        assertRejected(Problem.EMPTY, new byte[0]);
    }

    @Test
    void refusesFileOverTheLimitAndStopsReadingJustPastIt() {
        CountingStream endless = new CountingStream();

        Rejected rejected = assertThrows(Rejected.class, () -> ImageUpload.read(endless, -1));

        assertEquals(Problem.TOO_LARGE, rejected.problem());
        assertEquals(ImageUpload.MAX_BYTES + 1, endless.count);
    }

    @Test
    void refusesFileThatSaysItIsTooLargeWithoutReadingIt() {
        InputStream unreadable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("should not be read");
            }
        };

        Rejected rejected = assertThrows(Rejected.class,
                () -> ImageUpload.read(unreadable, ImageUpload.MAX_BYTES + 1));

        assertEquals(Problem.TOO_LARGE, rejected.problem());
    }

    @Test
    void refusesPngClaimingHugeDimensionsQuicklyWithoutDecodingIt() {
        byte[] bomb = TestImages.pngClaiming(50_000, 50_000);
        assertTrue(bomb.length < 200, "a tiny file");

        Problem problem = assertTimeoutPreemptively(Duration.ofMillis(300), () -> problemOf(bomb));

        assertEquals(Problem.TOO_MANY_PIXELS, problem);
    }

    @Test
    void refusesPngJustOverThePixelLimitBeforeDecoding() {
        // 7,000 x 7,000 = 49 MP: decodable in memory, so decoding first would end in DAMAGED (no pixel data).
        assertRejected(Problem.TOO_MANY_PIXELS, TestImages.pngClaiming(7_000, 7_000));
    }

    @Test
    void refusesImageWithOneSideTooLongEvenIfFewPixels() {
        assertRejected(Problem.TOO_MANY_PIXELS, TestImages.pngClaiming(ImageUpload.MAX_SIDE + 1, 10));
    }

    @Test
    void refusesJpegClaimingHugeDimensionsQuickly() {
        byte[] bomb = TestImages.jpegClaiming(encode(quadrants(32, 32), "jpeg"), 60_000, 60_000);

        Problem problem = assertTimeoutPreemptively(Duration.ofMillis(300), () -> problemOf(bomb));

        assertEquals(Problem.TOO_MANY_PIXELS, problem);
    }

    @Test
    void refusesJpegHeaderFollowedByGarbage() {
        byte[] garbage = new byte[4000];
        new Random(7).nextBytes(garbage);
        byte[] jpegHeader = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

        assertRejected(Problem.DAMAGED, concat(jpegHeader, garbage));
        assertRejected(Problem.DAMAGED, concat(jpegHeader, "this is not a photo".getBytes(StandardCharsets.UTF_8)));
        assertRejected(Problem.DAMAGED, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    }

    @Test
    void refusesPngSignatureFollowedByGarbage() {
        assertRejected(Problem.DAMAGED, concat(TestImages.PNG_SIGNATURE, "<html>hello</html>".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpeg", "png"})
    void refusesPhotoCutShort(String format) {
        byte[] whole = encode(noise(400, 300), format);

        assertRejected(Problem.DAMAGED, Arrays.copyOf(whole, whole.length / 2));
    }

    @Test
    void refusesUploadThatFailsWhileReading() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        Rejected rejected = assertThrows(Rejected.class, () -> ImageUpload.read(broken, 100));

        assertEquals(Problem.DAMAGED, rejected.problem());
    }

    @ParameterizedTest(name = "orientation {0} shows {1}")
    @CsvSource({
        "1, RGBW", "2, GRWB", "3, WBGR", "4, BWRG",
        "5, RBGW", "6, BRWG", "7, WGBR", "8, GWRB"})
    void turnsJpegUprightAsItsExifOrientationSays(int orientation, String cornersTopLeftTopRightBottomLeftBottomRight) throws Rejected {
        byte[] jpeg = TestImages.withExif(encode(quadrants(64, 32), "jpeg"), orientation, "a ring");

        BufferedImage image = read(jpeg);

        boolean turned = orientation >= 5;
        assertEquals(turned ? 32 : 64, image.getWidth());
        assertEquals(turned ? 64 : 32, image.getHeight());
        int w = image.getWidth();
        int h = image.getHeight();
        String corners = "" + colourAt(image, w / 4, h / 4) + colourAt(image, 3 * w / 4, h / 4)
                + colourAt(image, w / 4, 3 * h / 4) + colourAt(image, 3 * w / 4, 3 * h / 4);
        assertEquals(cornersTopLeftTopRightBottomLeftBottomRight, corners);
    }

    @Test
    void ignoresUnreadableExif() throws Rejected {
        byte[] jpeg = TestImages.withExif(encode(quadrants(64, 32), "jpeg"), 6, "x");
        jpeg[4 + 2 + 6 + 4] = 0x7F; // IFD0 offset far outside the segment

        assertEquals(64, read(jpeg).getWidth());
    }

    @Test
    void everyProblemHasATextInEnglishAndGerman() throws IOException {
        for (String bundle : new String[] {"/i18n/messages.properties", "/i18n/messages_de.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = ImageUploadTest.class.getResourceAsStream(bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Problem problem : Problem.values()) {
                assertTrue(problem.messageKey().startsWith("upload."), problem.messageKey());
                String text = texts.getProperty(problem.messageKey());
                assertTrue(text != null && !text.isBlank(), bundle + " lacks " + problem.messageKey());
                assertFalse(text.contains("'"), "an apostrophe would vanish in MessageFormat: " + text);
            }
        }
    }

    private static BufferedImage read(byte[] bytes) throws Rejected {
        return ImageUpload.read(new ByteArrayInputStream(bytes), bytes.length);
    }

    private static Problem problemOf(byte[] bytes) {
        return assertThrows(Rejected.class, () -> read(bytes)).problem();
    }

    private static void assertRejected(Problem expected, byte[] bytes) {
        assertEquals(expected, problemOf(bytes));
    }

    private static void assertRejected(Problem expected, String content) {
        assertRejected(expected, content.getBytes(StandardCharsets.UTF_8));
    }

    private static BufferedImage noise(int width, int height) {
        Random random = new Random(3);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    /** The nearest of the quadrant colours: R, G, B or W. */
    private static char colourAt(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        if (r > 160 && g > 160 && b > 160) {
            return 'W';
        }
        return r >= g && r >= b ? 'R' : g >= b ? 'G' : 'B';
    }

    /** Endless zeros after a JPEG signature, counting what was read. */
    private static final class CountingStream extends InputStream {
        private static final int[] JPEG_SIGNATURE = {0xFF, 0xD8, 0xFF};
        private long count;

        @Override
        public int read() {
            int index = (int) Math.min(count++, JPEG_SIGNATURE.length);
            return index < JPEG_SIGNATURE.length ? JPEG_SIGNATURE[index] : 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) read();
            }
            return length;
        }
    }
}
