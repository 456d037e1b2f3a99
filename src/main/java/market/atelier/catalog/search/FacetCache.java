package market.atelier.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * What searches over one reader of the listing index share: its facet ordinals (costly to build) and the counts of
 * filter-only searches (a category page, "verified makers", a price band), which every visitor browsing that way
 * asks for again. Both belong to the reader: a change to the index opens a new reader and so a new, empty cache.
 */
public final class FacetCache {

    private static final int FILTER_STATES = 256;

    private final IndexReader reader;
    private final SortedSetDocValuesReaderState ordinals;
    private final Map<Query, Counts> filterOnly = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Query, Counts> eldest) {
            return size() > FILTER_STATES;
        }
    };

    /** The total and facet counts of one search (a lower bound when {@code bounded}). */
    record Counts(long total, boolean bounded, Map<String, java.util.List<SearchResult.FacetCount>> facets) {
    }

    /** Counts one search: may throw nothing but I/O failures. */
    interface Counter {
        Counts count() throws IOException;
    }

    private FacetCache(IndexReader reader, SortedSetDocValuesReaderState ordinals) {
        this.reader = reader;
        this.ordinals = ordinals;
    }

    /** Builds the facet ordinals of a reader of the listing index, with an empty cache of filter-only counts. */
    public static FacetCache of(IndexReader reader) {
        try {
            return new FacetCache(reader, new DefaultSortedSetDocValuesReaderState(reader, ListingDocuments.FACETS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isFor(IndexReader other) {
        return reader == other;
    }

    SortedSetDocValuesReaderState ordinals() {
        return ordinals;
    }

    /** The counts of a filter-only search: counted once per reader, then answered from memory. */
    Counts filterOnly(Query filters, Counter counter) throws IOException {
        synchronized (filterOnly) {
            Counts cached = filterOnly.get(filters);
            if (cached != null) {
                return cached;
            }
        }
        Counts counted = counter.count(); // outside the lock: two first visitors may both count, harmlessly
        synchronized (filterOnly) {
            filterOnly.put(filters, counted);
        }
        return counted;
    }
}
