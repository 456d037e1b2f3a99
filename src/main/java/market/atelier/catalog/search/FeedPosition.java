package market.atelier.catalog.search;

import java.util.Collection;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How far a server has read the change feed, aware of gaps. Feed ids are handed out when a row is inserted but
 * become visible when its transaction commits, so they can appear out of order: a reader that had seen 11 may see 10
 * a moment later (a checkout took id 10, then charged the card while another change took and committed 11). Reading
 * only {@code id > last} would lose 10 for good. So every id skipped over is remembered as a gap and asked for again
 * on each poll ({@code id IN (gaps)}, on the primary key) until it turns up or {@link #PATIENCE_MILLIS} have passed:
 * by then its transaction has ended (WildFly's timeout is 5 minutes) and the id was rolled back, never to come.
 * <p>
 * Chosen over re-reading a window behind the last id: the window would have to be as wide as the longest transaction
 * (minutes of rows, read again twice a second); the gaps are usually none and are a handful of primary-key look-ups.
 * Commit-ordered reading (PostgreSQL transaction ids) is not portable to H2.
 * <p>
 * {@link #floor()} is the position saved with the index: every id at or below it has been applied or will never
 * come. A server starting from it reads again the few rows applied above it, which changes nothing.
 * Not thread-safe: {@link FeedFollower} uses it from one poll at a time.
 */
final class FeedPosition {

    /** Three times the transaction timeout: an id not committed by then never will be. */
    static final long PATIENCE_MILLIS = 15 * 60_000L;
    /** Gaps remembered at most; past this the oldest are given up first (a thousand transactions in flight at once). */
    static final int MAX_GAPS = 1000;

    private long last;
    /** Ids skipped over, with the time they were first missed. */
    private final TreeMap<Long, Long> gaps = new TreeMap<>();

    FeedPosition(long floor) {
        this.last = floor;
    }

    /** The same position, to move on without changing this one. */
    FeedPosition copy() {
        FeedPosition copy = new FeedPosition(last);
        copy.gaps.putAll(gaps);
        return copy;
    }

    /** The highest id seen. */
    long last() {
        return last;
    }

    /** Ids below {@link #last()} not seen yet, possibly still to commit. */
    Set<Long> gaps() {
        return new TreeSet<>(gaps.keySet());
    }

    /** Every id at or below this has been seen or given up. */
    long floor() {
        return gaps.isEmpty() ? last : Math.min(last, gaps.firstKey() - 1);
    }

    /** Takes the ids just read (after {@link #last()} and among the {@link #gaps()}), at {@code nowMillis}. */
    void saw(Collection<Long> ids, long nowMillis) {
        for (long id : new TreeSet<>(ids)) {
            if (id > last) {
                for (long skipped = Math.max(last + 1, id - MAX_GAPS); skipped < id; skipped++) {
                    gaps.put(skipped, nowMillis);
                }
                last = id;
            } else {
                gaps.remove(id);
            }
        }
        gaps.values().removeIf(missedAt -> nowMillis - missedAt > PATIENCE_MILLIS);
        while (gaps.size() > MAX_GAPS) {
            gaps.pollFirstEntry();
        }
    }
}
