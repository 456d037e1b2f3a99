package market.atelier.catalog.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import market.atelier.catalog.search.ChangeFeed.Change;

/**
 * Follows the change feed so that this server's search index, kept pages and caches show what other servers changed
 * within a second: every {@value #EVERY_MILLIS} ms it reads the rows after the last one applied
 * ({@link FeedPosition}, one query on the primary key), re-reads those listings (every listing of a named shop) into
 * the index with the new position in the same index commit, and, when a row came from another server, fires
 * {@link CatalogChanged#readFromFeed()} so kept pages and cached badges, figures and category counts are dropped.
 * This server's own rows only move the position: they were applied at their commit ({@link IndexUpdater}), and
 * re-reading them would put database work in the background of every change (StatementCountIT counts the whole
 * server's statements). Only a server killed in the milliseconds between a commit and its own index update, after its
 * follower saw the row, misses that one change in its index until the piece changes again.
 * <p>
 * At start it continues from the position saved with the index ({@link SearchIndex#feedFloor()}): a server that was
 * down replays what it missed instead of rebuilding. When it has caught up, the index is compared with the
 * database once more ({@link SearchIndex#caughtUp}). Every hour it deletes rows older than a week
 * ({@link ChangeFeed#prune}, safe on every server at once).
 */
@Startup
@Singleton
@DependsOn("SearchIndex")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedFollower {

    private static final Logger LOG = Logger.getLogger(FeedFollower.class.getName());
    static final long EVERY_MILLIS = 500;
    private static final int BATCH = 1000;
    private static final long PRUNE_EVERY_MILLIS = 3_600_000;

    @EJB
    private ChangeFeed changes;

    @EJB
    private SearchIndex index;

    @Inject
    private Event<CatalogChanged> changed;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private FeedPosition position;
    private long startFloor;
    private boolean caughtUp;
    private long prunedAt;
    private long failingSince;
    private ScheduledFuture<?> polling;
    private volatile boolean held;
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        startFloor = index.feedFloor();
        position = new FeedPosition(startFloor);
        prunedAt = System.currentTimeMillis();
        polling = scheduler.scheduleWithFixedDelay(this::poll, 0, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        polling.cancel(false);
        synchronized (this) {
            // a poll under way finishes before the index closes
        }
    }

    /**
     * Stops applying the feed until {@link #resume()} (tests use it to play a server that is down while others
     * change the catalog); the position saved with the index stays where it was.
     */
    public void hold() {
        held = true;
    }

    public void resume() {
        held = false;
    }

    /** The highest feed id applied so far (tests wait for it). */
    public synchronized long applied() {
        return position.last();
    }

    /** One poll; never throws (a failure is logged once and retried at the next poll). */
    synchronized void poll() {
        if (held || stopping) {
            return;
        }
        try {
            List<Change> rows = changes.after(position.last(), position.gaps(), BATCH);
            // Moved on only once applied: a failure below reads the same rows again at the next poll.
            FeedPosition next = position.copy();
            next.saw(rows.stream().map(Change::id).toList(), System.currentTimeMillis());
            Set<Long> listings = new LinkedHashSet<>();
            Set<Long> shops = new LinkedHashSet<>();
            boolean elsewhere = false;
            for (Change row : rows) {
                if (ChangeOutbox.HERE.equals(row.origin())) {
                    continue;
                }
                elsewhere = true;
                if (row.listingId() != null) {
                    listings.add(row.listingId());
                }
                if (row.shopId() != null) {
                    shops.add(row.shopId());
                }
            }
            if (elsewhere || next.floor() != position.floor()) {
                index.apply(List.copyOf(listings), List.copyOf(shops), next.floor());
            }
            position = next;
            if (elsewhere) {
                changed.fire(CatalogChanged.readFromFeed());
            }
            if (!caughtUp && rows.size() < BATCH) {
                caughtUp = true;
                index.caughtUp(changes.prunedThrough() > startFloor);
            }
            long now = System.currentTimeMillis();
            if (now - prunedAt > PRUNE_EVERY_MILLIS) {
                prunedAt = now;
                int pruned = changes.prune(Instant.now());
                LOG.fine(() -> "Change feed: " + pruned + " rows older than a week deleted");
            }
            if (failingSince != 0) {
                LOG.info("Change feed: read again after a failure");
                failingSince = 0;
            }
        } catch (RuntimeException e) {
            if (!stopping && failingSince == 0) {
                failingSince = System.currentTimeMillis();
                LOG.log(Level.WARNING, "Change feed: cannot read or apply it; retrying every " + EVERY_MILLIS + " ms", e);
            }
        }
    }
}
