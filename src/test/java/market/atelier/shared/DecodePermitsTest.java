package market.atelier.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import market.atelier.shared.ImageUpload.Problem;
import market.atelier.shared.ImageUpload.Rejected;
import org.junit.jupiter.api.Test;

/** Photos are decoded only as far as the heap allows: a few at once, never more pixels than the cap. */
class DecodePermitsTest {

    private static final long MB = 1L << 20;
    private static final long CAP = ImageUpload.DECODED_PIXELS_WANTED;

    @Test
    void aServerWith512MbDecodesTwoPhotosAtOnceWithinHalfItsHeap() {
        long heap = 512 * MB;
        assertEquals(12_600_000L, ImageUpload.decodedPixelsFor(heap), "a 12 MP phone photo decodes whole");
        assertEquals(1600L * 1600, ImageUpload.decodedPixelsFor(32 * MB), "never less than the size kept");
        int permits = DecodePermits.forHeap(heap);
        assertTrue(permits >= 2, "several at once: " + permits);
        assertTrue(permits * ImageUpload.WORST_CASE_BYTES <= heap / 2, "all of them fit in half the heap");
        assertEquals(1, DecodePermits.forHeap(64 * MB), "a tiny heap still decodes one at a time");
    }

    @Test
    void whenEveryPermitIsTakenAnUploadIsRefusedWithAMessageNotAnOutOfMemoryError() throws Rejected {
        DecodePermits one = new DecodePermits(1, 10);
        Rejected busy = assertThrows(Rejected.class, () -> one.run(() -> one.run(() -> "never")));
        assertEquals(Problem.BUSY, busy.problem());
        assertEquals("upload.busy", busy.problem().messageKey());
        assertEquals("free again", one.run(() -> "free again"), "the permit is given back");
    }

    @Test
    void aPhotoWithMorePixelsThanTheCapIsDecodedAtHalfItsSizeInsteadOfWhole() throws Rejected {
        assertTrue(4000L * 3200 > ImageUpload.MAX_DECODED_PIXELS, "the test JVM's cap: " + ImageUpload.MAX_DECODED_PIXELS);
        byte[] png = TestImages.encode(TestImages.quadrants(4000, 3200), "png");
        java.awt.image.BufferedImage decoded = ImageUpload.read(new java.io.ByteArrayInputStream(png), png.length);
        assertEquals(2000, decoded.getWidth());
        assertEquals(1600, decoded.getHeight());
    }

    @Test
    void largePhotosAreDecodedAtEverySecondOrThirdPixelSoTheirPixelsInMemoryStayUnderTheCap() {
        assertEquals(1, ImageUpload.subsampling(4096, 3072, CAP), "a 12 MP phone photo is decoded whole");
        assertEquals(2, ImageUpload.subsampling(6000, 4000, CAP));
        assertEquals(2, ImageUpload.subsampling(8000, 5000, CAP), "the largest accepted, 40 MP");
        assertEquals(2, ImageUpload.subsampling(12_000, 12_000 / 3, CAP));
        assertEquals(4, ImageUpload.subsampling(12_000, 12_000, CAP));
        for (int[] size : new int[][] {{12_000, 3_333}, {6_325, 6_325}, {7_000, 5_000}}) {
            long step = ImageUpload.subsampling(size[0], size[1], CAP);
            long decoded = ((size[0] + step - 1) / step) * ((size[1] + step - 1) / step);
            assertTrue(decoded <= CAP, size[0] + "x" + size[1] + " decodes " + decoded);
            assertTrue((Math.max(size[0], size[1]) + step - 1) / step >= 1600, "never below the largest size kept");
        }
    }
}
