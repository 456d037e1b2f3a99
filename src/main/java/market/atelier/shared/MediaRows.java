package market.atelier.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * Where pictures are kept for good, shared by every server: one row per file {@code <key>-<variant>} of
 * {@link MediaStore} (variant {@code full.jpg}, {@code card.jpg}, {@code w640.webp} …). A server's media folder only
 * caches these rows. In the application this is the {@code media_object} table ({@link MediaTable}); unit tests
 * keep them in memory. Every call stands on its own (committed when it returns), whatever transaction the caller
 * is in.
 */
public interface MediaRows {

    /**
     * Stores the bytes of {@code <key>-<variant>} unless they are there already (stored by another request or
     * another server a moment before, which is no error); true when this call stored them.
     */
    boolean insertIfAbsent(String key, String variant, String contentType, byte[] bytes);

    /**
     * Marks the picture as stored now, so {@link MediaSweep} gives it a fresh grace period; false, and nothing
     * changed, when its full-size row is not there (the caller then stores it).
     */
    boolean touch(String key);

    /** Writes the bytes of {@code <key>-<variant>} to {@code out}; false, and nothing written, when there is none. */
    boolean copy(String key, String variant, OutputStream out) throws IOException;

    /** The {@code <key>-<variant>} names stored for keys starting with {@code keyPrefix} (to import old files). */
    Set<String> names(String keyPrefix);
}
