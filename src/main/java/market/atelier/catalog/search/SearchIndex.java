package market.atelier.catalog.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import market.atelier.shared.AtelierConfig;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The listing index in {@code <data dir>/search/<database>}: opened at start-up, rebuilt from the database when it
 * is missing or does not hold as many listings as the database says are searchable, and kept in step after each
 * commit by {@link IndexUpdater}. Searches take a searcher from here; readers see changes as soon as they are
 * committed (near real time).
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "DemoSeeder"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final int BATCH = 2000;

    @EJB
    private IndexFeed feed;

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    @PostConstruct
    void open() {
        try {
            Path dir = AtelierConfig.dataDir().resolve("search").resolve(AtelierConfig.database());
            directory = FSDirectory.open(dir);
            writer = new IndexWriter(directory, new IndexWriterConfig(ListingDocuments.ANALYZER)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
            long indexed = writer.getDocStats().numDocs;
            long searchable = feed.searchableCount();
            boolean built = "true".equals(userData().get("built"));
            if (!built || indexed != searchable) {
                LOG.info(() -> "Search index " + (built ? "out of step (" + indexed + " indexed, " + searchable
                        + " searchable)" : "missing") + ": rebuilding from the database");
                rebuild();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    private Map<String, String> userData() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData();
        }
    }

    /** Replaces the whole index with what the database holds now; returns the number of listings indexed. */
    public long rebuild() {
        long start = System.nanoTime();
        long count = 0;
        try {
            writer.deleteAll();
            long after = 0;
            for (List<IndexedListing> batch = feed.batch(after, BATCH); !batch.isEmpty();
                    batch = feed.batch(after, BATCH)) {
                List<Document> docs = new ArrayList<>(batch.size());
                for (IndexedListing listing : batch) {
                    docs.add(ListingDocuments.FACETS.build(ListingDocuments.of(listing)));
                }
                writer.addDocuments(docs);
                count += batch.size();
                after = batch.get(batch.size() - 1).id();
            }
            writer.setLiveCommitData(Map.of("built", "true").entrySet());
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long indexed = count;
        LOG.info(() -> "Search index: " + indexed + " listings indexed in " + (System.nanoTime() - start) / 1_000_000
                + " ms");
        return count;
    }

    /** Puts these listings in the index as the database holds them now; ids no longer searchable are removed. */
    public void refresh(List<Long> listingIds) {
        if (listingIds.isEmpty()) {
            return;
        }
        try {
            List<IndexedListing> searchable = new ArrayList<>();
            for (int i = 0; i < listingIds.size(); i += BATCH) {
                searchable.addAll(feed.byIds(listingIds.subList(i, Math.min(listingIds.size(), i + BATCH))));
            }
            java.util.Set<Long> present = new java.util.HashSet<>();
            for (IndexedListing listing : searchable) {
                writer.updateDocument(ListingDocuments.key(listing.id()),
                        ListingDocuments.FACETS.build(ListingDocuments.of(listing)));
                present.add(listing.id());
            }
            for (Long id : listingIds) {
                if (!present.contains(id)) {
                    writer.deleteDocuments(ListingDocuments.key(id));
                }
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every listing of the shop, as the database holds them now (its status, name, country or badges changed). */
    public void refreshShop(long shopId) {
        refresh(feed.listingIdsOfShop(shopId));
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    public IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The facet ordinals of this searcher's reader, built once per reader. */
    public SortedSetDocValuesReaderState facetState(IndexSearcher searcher) {
        FacetState current = facetState;
        if (current == null || current.reader() != searcher.getIndexReader()) {
            synchronized (this) {
                current = facetState;
                if (current == null || current.reader() != searcher.getIndexReader()) {
                    try {
                        current = new FacetState(searcher.getIndexReader(),
                                ListingSearch.facetState(searcher.getIndexReader()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    facetState = current;
                }
            }
        }
        return current.state();
    }

    @PreDestroy
    void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warning("Closing the search index: " + e);
        }
    }
}
