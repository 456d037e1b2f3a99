package market.atelier.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * What the search page shows for broad and narrow searches, over a real in-memory index laid out as the server's
 * (sorted newest first): a broad text search says "10,000+" instead of counting every match, a narrow one counts
 * exactly, and the counts of filter-only searches are kept per reader, so a change to the index shows at once.
 */
class ListingSearchTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final Map<DirectoryReader, FacetCache> caches = new HashMap<>();
    private final ListingSearch search = new ListingSearch(s -> caches.computeIfAbsent(
            (DirectoryReader) s.getIndexReader(), r -> FacetCache.of(r)));

    ListingSearchTest() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(ListingDocuments.ANALYZER)
                .setIndexSort(ListingDocuments.INDEX_SORT));
    }

    private static IndexedListing listing(long id, String title, String category) {
        return new IndexedListing(id, title, "Made at the bench.", category, 5_000 + id, START.plusSeconds(id),
                id % 2 == 0, false, 1, "Studio", "DE", true, List.of("925 silver"), List.of("hand forging"));
    }

    private void add(IndexedListing... listings) throws IOException {
        for (IndexedListing listing : listings) {
            writer.addDocument(ListingDocuments.FACETS.build(ListingDocuments.of(listing)));
        }
        writer.commit();
    }

    private SearchResult find(DirectoryReader reader, String... params) throws IOException {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return search.search(new IndexSearcher(reader), SearchQuery.from(map::get));
    }

    @Test
    void aBroadSearchCountsUpToTenThousandAndSaysSoWhileANarrowOneCountsExactly() throws IOException {
        List<IndexedListing> listings = new ArrayList<>();
        for (long id = 1; id <= ListingSearch.COUNT_LIMIT + 500; id++) {
            listings.add(listing(id, id % 1000 == 0 ? "Silver tanzanite ring" : "Silver ring", "rings"));
        }
        add(listings.toArray(IndexedListing[]::new));
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            SearchResult broad = find(reader, "q", "silver");
            assertEquals(ListingSearch.COUNT_LIMIT, broad.total(), "counted up to the limit");
            assertTrue(broad.bounded(), "shown as 10,000+");
            assertEquals(SearchQuery.MAX_PAGE, broad.pageCount(), "every page link exists");
            assertEquals(SearchQuery.PAGE_SIZE, broad.ids().size());
            long silverFacet = broad.facet("material").get(0).count();
            assertTrue(silverFacet <= ListingSearch.COUNT_LIMIT, "facet counts among the counted matches");

            SearchResult newest = find(reader, "q", "silver", "sort", "newest", "page", "100");
            assertEquals(ListingSearch.COUNT_LIMIT + 500 - 99 * 24, newest.ids().get(0), "page 100, newest first");

            SearchResult narrow = find(reader, "q", "tanzanite");
            assertEquals(10, narrow.total());
            assertFalse(narrow.bounded(), "a narrow search counts exactly");
            assertEquals(10_000L, narrow.ids().get(0), "ties in relevance: newest first");

            SearchResult browse = find(reader, "category", "rings");
            assertEquals(ListingSearch.COUNT_LIMIT + 500, browse.total(), "browsing counts exactly");
            assertFalse(browse.bounded());
            assertEquals(List.of(new SearchResult.FacetCount("true", (ListingSearch.COUNT_LIMIT + 500) / 2)),
                    browse.facet("oneOfAKind").stream().filter(f -> f.value().equals("true")).toList());
        }
    }

    @Test
    void theCountOfABroadSearchReadsTenThousandPlusInEnglishAndGerman() {
        assertEquals("10,000+ pieces", countText(Locale.ENGLISH, "search.totalAtLeast", ListingSearch.COUNT_LIMIT));
        assertEquals("10.000+ Stücke", countText(Locale.GERMAN, "search.totalAtLeast", ListingSearch.COUNT_LIMIT));
        assertEquals("8,514 pieces", countText(Locale.ENGLISH, "search.total", 8514), "an exact count stays exact");
    }

    private static String countText(Locale locale, String key, long count) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return new MessageFormat(bundle.getString(key), locale).format(new Object[] {count});
    }

    @Test
    void filterOnlyCountsAreKeptPerReaderSoAChangeShowsInTheNextReader() throws IOException {
        add(listing(1, "Silver ring", "rings"), listing(2, "Gold ring", "rings"), listing(3, "Chain", "necklaces"));
        try (DirectoryReader before = DirectoryReader.open(directory)) {
            assertEquals(2, find(before, "category", "rings").total());
            writer.deleteDocuments(ListingDocuments.key(2));
            add(listing(4, "Garnet ring", "rings"), listing(5, "Opal ring", "rings"));
            try (DirectoryReader after = DirectoryReader.openIfChanged(before)) {
                SearchResult rings = find(after, "category", "rings");
                assertEquals(3, rings.total(), "the new reader counts again");
                assertEquals(List.of(5L, 4L, 1L), rings.ids());
                assertEquals(3, find(after).facet("category").stream()
                        .filter(f -> f.value().equals("rings")).findFirst().orElseThrow().count(),
                        "the category facet of everything follows too");
            }
            assertEquals(2, find(before, "category", "rings").total(), "the old reader keeps its own counts");
        }
    }
}
