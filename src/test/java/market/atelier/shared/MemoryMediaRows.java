package market.atelier.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * {@link MediaRows} in memory, for tests and tools that run without the server (BenchMedia: the server copies the
 * files in at its next start, see {@link MediaBackfill}). Counts the calls, so tests can say what touched the rows.
 */
public final class MemoryMediaRows implements MediaRows {

    /** One stored file. */
    public record Row(byte[] bytes, String contentType, Instant storedAt) {
    }

    private final Map<String, Row> rows = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public boolean insertIfAbsent(String key, String variant, String contentType, byte[] bytes) {
        calls.incrementAndGet();
        return rows.putIfAbsent(key + "-" + variant, new Row(bytes.clone(), contentType, Instant.now())) == null;
    }

    @Override
    public boolean touch(String key) {
        calls.incrementAndGet();
        if (!rows.containsKey(key + "-" + MediaStore.Size.FULL.variant())) {
            return false;
        }
        rows.replaceAll((name, row) -> name.startsWith(key + "-") ? new Row(row.bytes(), row.contentType(),
                Instant.now()) : row);
        return true;
    }

    @Override
    public boolean copy(String key, String variant, OutputStream out) throws IOException {
        calls.incrementAndGet();
        Row row = rows.get(key + "-" + variant);
        if (row == null) {
            return false;
        }
        out.write(row.bytes());
        return true;
    }

    @Override
    public Set<String> names(String keyPrefix) {
        calls.incrementAndGet();
        return rows.keySet().stream().filter(name -> name.startsWith(keyPrefix)).collect(Collectors.toSet());
    }

    /** The row of {@code <key>-<variant>}, or null. */
    public Row row(String key, String variant) {
        return rows.get(key + "-" + variant);
    }

    public void delete(String key, String variant) {
        rows.remove(key + "-" + variant);
    }

    public int size() {
        return rows.size();
    }

    /** How many calls the store made so far. */
    public int calls() {
        return calls.get();
    }
}
