package market.atelier.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import market.atelier.shared.AtelierConfig;

/**
 * The pages {@link PageCache} keeps, bounded by bytes ({@code ATELIER_PAGE_CACHE_MB}): the least recently used
 * page goes first when a new one does not fit. One lock; a page is a few microseconds of work under it.
 */
@ApplicationScoped
public class PageStore {

    /** What one kept page costs besides its body: the key, the map entry and the record. */
    static final int OVERHEAD = 160;

    record Page(long version, long expires, String contentType, byte[] body) {
    }

    private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private final long budget;
    private long bytes;

    public PageStore() {
        this(AtelierConfig.pageCacheBytes());
    }

    PageStore(long budget) {
        this.budget = budget;
    }

    static long cost(String key, Page page) {
        return OVERHEAD + 2L * key.length() + page.body().length;
    }

    synchronized Page get(String key) {
        return pages.get(key);
    }

    /** Keeps the page unless it alone is larger than the budget; makes room by dropping the least recently used. */
    synchronized void put(String key, Page page) {
        long cost = cost(key, page);
        Page previous = pages.remove(key);
        if (previous != null) {
            bytes -= cost(key, previous);
        }
        if (cost > budget) {
            return;
        }
        Iterator<Map.Entry<String, Page>> eldest = pages.entrySet().iterator();
        while (bytes + cost > budget && eldest.hasNext()) {
            Map.Entry<String, Page> entry = eldest.next();
            bytes -= cost(entry.getKey(), entry.getValue());
            eldest.remove();
        }
        pages.put(key, page);
        bytes += cost;
    }

    /** How many pages are kept. */
    public synchronized int size() {
        return pages.size();
    }

    /** What the kept pages cost, in bytes. */
    public synchronized long bytes() {
        return bytes;
    }

    public long budget() {
        return budget;
    }

    /** Whether a page is kept under this address (path and parameters, any language). */
    public synchronized boolean holds(String address) {
        return pages.keySet().stream().anyMatch(key -> key.startsWith(address + '|'));
    }
}
