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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import market.atelier.shared.AtelierConfig;
import market.atelier.shared.WebStarted;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.IOUtils;

/**
 * The listing index (see {@link IndexGenerations} for where it lives): opened at start-up, rebuilt from the database
 * when it is missing, of an older layout or does not hold as many listings as the database says are searchable, and
 * kept in step after each commit by {@link IndexUpdater}. Searches take a searcher from here; readers see changes as
 * soon as they are committed (near real time).
 * <p>
 * A rebuild runs in the background and never holds up start-up: it writes a new generation, newest listings first,
 * while the current one keeps answering; changes made meanwhile go to both, and the new one takes over atomically
 * when it is complete. With no index at all, searches answer from what is indexed so far and say so
 * ({@link #partial()}).
 * <p>
 * Several servers: each keeps its own index and follows the others' changes through the change feed
 * ({@link FeedFollower}). Every index commit records how far the feed has been applied ({@link #feedFloor()}); an
 * index that knows its position is not rebuilt at start when the feed still holds every row after it: the follower
 * replays them instead.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "DemoSeeder"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final int BATCH = 5000;
    /** Documents added per hold of the change lock, so an edit waits at most for this many. */
    private static final int CHUNK = 500;

    @EJB
    private IndexFeed feed;

    @EJB
    private ChangeFeed changeFeed;

    /** A long task (minutes at a million listings): its own managed thread rather than a pooled one. */
    @Resource
    private ManagedThreadFactory threads;

    /** Reads the next batch from the database while the rebuild indexes the current one. */
    @Resource
    private ManagedExecutorService executor;

    private Path root;
    /** The generation searches use. */
    private volatile IndexGeneration serving;
    /** The generation being built, if any (may be {@link #serving} itself when there was no index). */
    private volatile IndexGeneration building;
    /** Listings changed while {@link #building}: the bulk load skips them, they were written fresher. */
    private final Set<Long> changedDuringBuild = new HashSet<>();
    /** Orders changes against each other and against the bulk load and the switch of generations. */
    private final ReentrantLock changes = new ReentrantLock();
    /** One build at a time. */
    private final Semaphore builds = new Semaphore(1);
    private volatile FacetCache facetCache;
    /** Every change-feed row at or below this is in the index (saved with each commit). */
    private volatile long feedFloor;
    /** The feed {@link #feedFloor} counts in (saved with it). */
    private String feedEpoch;
    private volatile boolean closed;

    @PostConstruct
    void open() {
        try {
            root = AtelierConfig.dataDir().resolve("search").resolve(AtelierConfig.database());
            Files.createDirectories(root);
            Optional<Path> current = IndexGenerations.current(root);
            IndexGenerations.deleteAllBut(root, current.orElse(null));
            // Read before any rebuild reads the database: the follower starts from here if the index is rebuilt.
            long settled = changeFeed.settledBefore(Instant.now());
            feedEpoch = changeFeed.epoch();
            String reason;
            if (current.isPresent()) {
                Map<String, String> data = IndexGenerations.commitData(current.get());
                boolean sorted = IndexGenerations.CURRENT_FORMAT.equals(data.get(IndexGenerations.FORMAT));
                serving = IndexGeneration.open(current.get(), sorted);
                String storedEpoch = data.get(IndexGenerations.FEED_EPOCH);
                boolean otherFeed = storedEpoch != null && !storedEpoch.equals(feedEpoch);
                Long stored = data.containsKey(IndexGenerations.FEED) && !otherFeed
                        ? Long.valueOf(data.get(IndexGenerations.FEED)) : null;
                long pruned = changeFeed.prunedThrough();
                if (sorted && stored != null && stored >= pruned) {
                    feedFloor = stored;
                    reason = null;
                    LOG.info(() -> "Search index " + current.get().getFileName() + ": replaying the change feed after "
                            + stored);
                } else {
                    long indexed = serving.writer().getDocStats().numDocs;
                    long searchable = feed.searchableCount();
                    if (!sorted) {
                        reason = "of an older layout";
                    } else if (otherFeed) {
                        reason = "made from another database";
                    } else if (stored != null) {
                        reason = "behind the change feed (at " + stored + ", rows up to " + pruned + " deleted)";
                    } else {
                        reason = indexed != searchable
                                ? "out of step (" + indexed + " indexed, " + searchable + " searchable)" : null;
                    }
                    feedFloor = settled;
                }
            } else {
                reason = "missing (searches answer from what is indexed so far)";
                feedFloor = settled;
            }
            if (reason != null) {
                builds.acquireUninterruptibly();
                rebuildInBackground(reason);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    /** Starts a rebuild on its own thread; the caller holds {@link #builds}, which the thread releases. */
    private void rebuildInBackground(String reason) {
        LOG.info(() -> "Search index " + reason + ": rebuilding from the database in the background");
        IndexGeneration next;
        try {
            next = begin(false);
        } catch (RuntimeException e) {
            builds.release();
            throw e;
        }
        Thread thread = threads.newThread(() -> {
            try {
                // At start-up the deployment's own work (Faces, PrimeFaces, the REST API) goes first: on two cores
                // a rebuild beside it delays the server's start by seconds. Searches answer from what is indexed.
                if (!WebStarted.await(60)) {
                    LOG.info("Search index: the web application is not up after 60 s; rebuilding anyway");
                }
                fill(next, count -> { });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (!closed) {
                    LOG.log(Level.SEVERE, "Search index: the rebuild failed; it runs again at the next start", e);
                }
            } finally {
                builds.release();
            }
        });
        thread.setName("search-index-rebuild");
        thread.start();
    }

    /** Where the change feed is to be read from at start: every row at or below it is in the index. */
    public long feedFloor() {
        return feedFloor;
    }

    /**
     * Changes read from the feed ({@link FeedFollower}): these listings and every listing of these shops as the
     * database holds them now, committed with the feed position {@code floor}.
     */
    public void apply(List<Long> listingIds, List<Long> shopIds, long floor) {
        List<Long> ids = new ArrayList<>(listingIds);
        for (Long shopId : shopIds) {
            ids.addAll(feed.listingIdsOfShop(shopId));
        }
        changes.lock();
        try {
            feedFloor = floor;
            IndexGeneration current = serving;
            Map<String, String> data = new HashMap<>();
            Iterable<Map.Entry<String, String>> live = current.writer().getLiveCommitData();
            if (live != null) {
                live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
            }
            data.put(IndexGenerations.FEED, Long.toString(floor));
            data.put(IndexGenerations.FEED_EPOCH, feedEpoch);
            current.writer().setLiveCommitData(data.entrySet());
            if (ids.isEmpty()) {
                current.commit();
            } else {
                refresh(ids); // re-entrant: commits with the position just set
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            changes.unlock();
        }
    }

    /**
     * The feed has been replayed up to now. {@code lost}: rows the replay needed were deleted meanwhile (the server
     * was down for about a week): the index is rebuilt. Otherwise a count different from the database's is only
     * reported: the feed carries every change made through the application; a difference means rows were changed
     * around it (by hand, by a test fixture), and deleting the index folder before a start rebuilds it.
     */
    public void caughtUp(boolean lost) {
        if (closed || building != null) {
            return;
        }
        if (lost) {
            if (builds.tryAcquire()) {
                rebuildInBackground("behind the change feed (rows deleted while it was replayed)");
            }
            return;
        }
        long indexed = serving.writer().getDocStats().numDocs;
        long searchable = feed.searchableCount();
        if (indexed != searchable) {
            LOG.warning(() -> "Search index: " + indexed + " listings indexed, " + searchable + " searchable after"
                    + " replaying the change feed; listings changed outside the application are found as they were");
        }
    }

    /** The folder of the index searches use now ({@code g<N>}; a rebuild moves to the next number). */
    public String generation() {
        return serving.dir().getFileName().toString();
    }

    /** Whether a rebuild is running. */
    public boolean rebuilding() {
        return building != null;
    }

    /**
     * Replaces the whole index with what the database holds now, while the current one keeps answering; returns the
     * number of listings indexed. Waits for a build already running to finish first.
     */
    public long rebuild() {
        return rebuild(count -> { });
    }

    /** {@link #rebuild()}, telling {@code afterBatch} how many listings are in the new index after each batch. */
    public long rebuild(LongConsumer afterBatch) {
        return rebuild(false, afterBatch);
    }

    /**
     * Drops the index and builds it again: meanwhile searches answer from what is indexed so far, newest first, and
     * say so, as after a start without an index (what tests check shoppers then see).
     */
    public long rebuildFromNothing(LongConsumer afterBatch) {
        return rebuild(true, afterBatch);
    }

    private long rebuild(boolean fromNothing, LongConsumer afterBatch) {
        builds.acquireUninterruptibly();
        try {
            return fill(begin(fromNothing), afterBatch);
        } finally {
            builds.release();
        }
    }

    /** Whether searches answer from an index still being built for the first time (some listings missing). */
    public boolean partial() {
        IndexGeneration next = building;
        return next != null && next == serving;
    }

    private IndexGeneration begin(boolean fromNothing) {
        changes.lock();
        try {
            IndexGeneration next = IndexGeneration.open(IndexGenerations.next(root), true);
            changedDuringBuild.clear();
            building = next;
            IndexGeneration previous = serving;
            if (previous == null || fromNothing) {
                serving = next;
            }
            if (previous != null && fromNothing) {
                previous.close();
                IOUtils.rm(previous.dir());
            }
            return next;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            changes.unlock();
        }
    }

    private long fill(IndexGeneration next, LongConsumer afterBatch) {
        long start = System.nanoTime();
        try {
            long count = 0;
            long waited = 0;
            // The database reads the next batch while this thread indexes the current one.
            Future<List<IndexedListing>> reading = executor.submit(() -> feed.newestBatch(Long.MAX_VALUE, BATCH));
            while (true) {
                long t = System.nanoTime();
                List<IndexedListing> batch = reading.get();
                waited += System.nanoTime() - t;
                if (batch.isEmpty()) {
                    break;
                }
                long before = batch.get(batch.size() - 1).id();
                reading = executor.submit(() -> feed.newestBatch(before, BATCH));
                for (int i = 0; i < batch.size(); i += CHUNK) {
                    add(next, batch.subList(i, Math.min(batch.size(), i + CHUNK)));
                }
                count += batch.size();
                if (next == serving) {
                    next.searchers().maybeRefresh(); // the first build: what is indexed so far is searchable
                }
                afterBatch.accept(next.writer().getDocStats().numDocs);
            }
            long indexed = switchTo(next);
            long rows = count;
            long waitedMs = waited / 1_000_000;
            LOG.info(() -> "Search index: " + indexed + " listings indexed in " + (System.nanoTime() - start) / 1_000_000
                    + " ms (" + rows + " read in bulk; " + waitedMs + " ms of it waiting for the database)");
            return indexed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(next);
            throw new IllegalStateException("Search index: rebuild interrupted", e);
        } catch (ExecutionException e) {
            abandon(next);
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IOException | RuntimeException e) {
            abandon(next);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private void abandon(IndexGeneration next) {
        changes.lock();
        try {
            if (next != serving) { // a failed first build stays partial until the next start builds again
                building = null;
                next.close();
            }
        } finally {
            changes.unlock();
        }
    }

    private void add(IndexGeneration next, List<IndexedListing> listings) throws IOException {
        changes.lock();
        try {
            List<Document> docs = new ArrayList<>(listings.size());
            for (IndexedListing listing : listings) {
                if (!changedDuringBuild.contains(listing.id())) {
                    docs.add(ListingDocuments.FACETS.build(ListingDocuments.of(listing)));
                }
            }
            next.writer().addDocuments(docs);
        } finally {
            changes.unlock();
        }
    }

    /** Marks the new generation complete and makes it the one searched; the previous one is deleted. */
    private long switchTo(IndexGeneration next) throws IOException {
        changes.lock();
        try {
            next.writer().setLiveCommitData(Map.of(IndexGenerations.BUILT, "true",
                    IndexGenerations.FORMAT, IndexGenerations.CURRENT_FORMAT,
                    IndexGenerations.FEED, Long.toString(feedFloor), IndexGenerations.FEED_EPOCH, feedEpoch).entrySet());
            next.commit();
            IndexGeneration previous = serving;
            serving = next;
            building = null;
            changedDuringBuild.clear();
            if (previous != null && previous != next) {
                previous.close(); // searches still running keep their reader until they release it
                IOUtils.rm(previous.dir());
            }
            return next.writer().getDocStats().numDocs;
        } finally {
            changes.unlock();
        }
    }

    /** Puts these listings in the index as the database holds them now; ids no longer searchable are removed. */
    public void refresh(List<Long> listingIds) {
        if (listingIds.isEmpty()) {
            return;
        }
        changes.lock();
        try {
            List<IndexedListing> searchable = new ArrayList<>();
            for (int i = 0; i < listingIds.size(); i += BATCH) {
                searchable.addAll(feed.byIds(listingIds.subList(i, Math.min(listingIds.size(), i + BATCH))));
            }
            IndexGeneration next = building;
            if (next != null) {
                changedDuringBuild.addAll(listingIds);
                if (next != serving) {
                    write(next, listingIds, searchable);
                }
            }
            write(serving, listingIds, searchable);
            serving.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            changes.unlock();
        }
    }

    private static void write(IndexGeneration generation, List<Long> listingIds, List<IndexedListing> searchable)
            throws IOException {
        Set<Long> present = new HashSet<>();
        for (IndexedListing listing : searchable) {
            generation.writer().updateDocument(ListingDocuments.key(listing.id()),
                    ListingDocuments.FACETS.build(ListingDocuments.of(listing)));
            present.add(listing.id());
        }
        for (Long id : listingIds) {
            if (!present.contains(id)) {
                generation.writer().deleteDocuments(ListingDocuments.key(id));
            }
        }
    }

    /** Every listing of the shop, as the database holds them now (its status, name, country or badges changed). */
    public void refreshShop(long shopId) {
        refresh(feed.listingIdsOfShop(shopId));
    }

    /** A searcher over the current index; give it back with {@link #release}. */
    public IndexSearcher acquire() {
        while (true) {
            try {
                return serving.searchers().acquire();
            } catch (AlreadyClosedException e) {
                // a rebuild switched generations between reading the field and acquiring: take the new one
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public void release(IndexSearcher searcher) {
        try {
            searcher.getIndexReader().decRef(); // what SearcherManager.release does, whichever generation it came from
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Facet ordinals and cached filter-only counts of this searcher's reader, built once per reader. */
    public FacetCache facetCache(IndexSearcher searcher) {
        FacetCache current = facetCache;
        if (current == null || !current.isFor(searcher.getIndexReader())) {
            synchronized (this) {
                current = facetCache;
                if (current == null || !current.isFor(searcher.getIndexReader())) {
                    current = FacetCache.of(searcher.getIndexReader());
                    facetCache = current;
                }
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        closed = true;
        changes.lock();
        try {
            if (building != null && building != serving) {
                building.close();
            }
            if (serving != null) {
                serving.close();
            }
        } finally {
            changes.unlock();
        }
    }
}
