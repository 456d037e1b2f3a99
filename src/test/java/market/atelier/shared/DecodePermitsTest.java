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

    @Test
    void aServerWith512MbDecodesTwoPhotosAtOnceWithinHalfItsHeap() {
        long heap = 512 * MB;
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
    void largePhotosAreDecodedAtEverySecondOrThirdPixelSoTheirPixelsInMemoryStayUnderTheCap() {
        assertEquals(1, ImageUpload.subsampling(4096, 3072), "a 12 MP phone photo is decoded whole");
        assertEquals(2, ImageUpload.subsampling(6000, 4000));
        assertEquals(2, ImageUpload.subsampling(8000, 5000), "the largest accepted, 40 MP");
        assertEquals(2, ImageUpload.subsampling(12_000, 12_000 / 3));
        assertEquals(4, ImageUpload.subsampling(12_000, 12_000));
        for (int[] size : new int[][] {{12_000, 3_333}, {6_325, 6_325}, {7_000, 5_000}}) {
            long step = ImageUpload.subsampling(size[0], size[1]);
            long decoded = ((size[0] + step - 1) / step) * ((size[1] + step - 1) / step);
            assertTrue(decoded <= ImageUpload.MAX_DECODED_PIXELS, size[0] + "x" + size[1] + " decodes " + decoded);
            assertTrue((Math.max(size[0], size[1]) + step - 1) / step >= 1600, "never below the largest size kept");
        }
    }
}
