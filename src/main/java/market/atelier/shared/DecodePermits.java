package market.atelier.shared;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many photos are decoded at once: as many worst cases ({@link ImageUpload#WORST_CASE_BYTES}) as fit in half
 * the heap, at least one. An upload waits a little for its turn, then is refused with a message ("try again in a
 * moment") instead of the server running out of memory.
 */
public final class DecodePermits {

    /** The permits of this server, from its heap ({@code -Xmx}). */
    public static final DecodePermits HEAP = new DecodePermits(forHeap(Runtime.getRuntime().maxMemory()), 20_000);

    /** Work that decodes a photo. */
    public interface Work<T> {
        T run() throws ImageUpload.Rejected;
    }

    private final Semaphore permits;
    private final int count;
    private final long waitMillis;

    DecodePermits(int count, long waitMillis) {
        this.permits = new Semaphore(count, true);
        this.count = count;
        this.waitMillis = waitMillis;
    }

    static int forHeap(long maxMemory) {
        return (int) Math.max(1, Math.min(64, maxMemory / 2 / ImageUpload.WORST_CASE_BYTES));
    }

    public int count() {
        return count;
    }

    /** Runs {@code work} holding a permit; refuses with {@link ImageUpload.Problem#BUSY} when none frees up in time. */
    public <T> T run(Work<T> work) throws ImageUpload.Rejected {
        try {
            if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new ImageUpload.Rejected(ImageUpload.Problem.BUSY, "all " + count + " decoding permits in use");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageUpload.Rejected(ImageUpload.Problem.BUSY, "interrupted while waiting");
        }
        try {
            return work.run();
        } finally {
            permits.release();
        }
    }
}
