package market.atelier.catalog.search;

import static market.atelier.catalog.search.ListingDocuments.CATEGORY;
import static market.atelier.catalog.search.ListingDocuments.MADE_TO_ORDER;
import static market.atelier.catalog.search.ListingDocuments.MATERIAL;
import static market.atelier.catalog.search.ListingDocuments.ONE_OF_A_KIND;
import static market.atelier.catalog.search.ListingDocuments.SHIPS_FROM;
import static market.atelier.catalog.search.ListingDocuments.TECHNIQUE;
import static market.atelier.catalog.search.ListingDocuments.VERIFIED;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import market.atelier.catalog.search.SearchResult.FacetCount;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.LongPoint;

/**
 * The search itself, over any {@link IndexSearcher}: full text over title, description, materials, techniques and
 * shop name (English and German stems), exact filters, facet counts (bounded for broad text searches: see
 * {@link #COUNT_LIMIT}), four orders, pages of 24. A query that finds
 * nothing is retried once with close spellings of its unknown words ("neckless" → "necklace"). Returns listing ids.
 * {@link SearchService} runs it over the server's index; the benchmark ({@code bench/run}) runs the same code over
 * a copy of that index outside the server.
 */
public final class ListingSearch {

    static final List<String> DIMENSIONS = List.of(CATEGORY, MATERIAL, TECHNIQUE, SHIPS_FROM, VERIFIED,
            ONE_OF_A_KIND, MADE_TO_ORDER);
    /**
     * A text search looks at its matches up to this many, the newest first; past it the total is shown as
     * "10,000+", facet counts are those among the newest 10,000 (a lower bound, shown with a "+") and results by
     * relevance are the most relevant of those 10,000 (newest first is exact; price orders rank every match, Lucene
     * skipping those that cannot make the page). What it buys: a broad search costs the same as one with 10,000
     * matches. Filter-only searches are counted exactly and cached per reader ({@link FacetCache}).
     */
    public static final int COUNT_LIMIT = 10_000;
    private static final int FACET_VALUES = 12;
    private static final float MIN_SIMILARITY = 0.55f;
    /**
     * Every word must be in the full text (English or German stem); a word also in the title scores twice more. The
     * title is part of the full text, so the title fields only score: a search walks two fields per word, not four.
     */
    private static final Map<String, Float> TEXT = Map.of(ListingDocuments.EN, 1f, ListingDocuments.DE, 1f);
    private static final Map<String, Float> TITLE = Map.of(ListingDocuments.TITLE_EN, 2f, ListingDocuments.TITLE_DE, 2f);

    private final Function<IndexSearcher, FacetCache> caches;

    /** @param caches the facet ordinals and filter-only counts of a searcher's reader (keep one per reader) */
    public ListingSearch(Function<IndexSearcher, FacetCache> caches) {
        this.caches = caches;
    }

    /** One page of results for this query, retried with close spellings when it finds nothing. */
    public SearchResult search(IndexSearcher searcher, SearchQuery query) throws IOException {
        if (searcher.getIndexReader().numDocs() == 0) {
            // Nothing indexed yet (a new marketplace, or a server whose first build has not begun): no facets to
            // read either (Lucene refuses facet ordinals of an index that never held a faceted document).
            return new SearchResult(query, 0, false, List.of(), Map.of(), null, false);
        }
        SearchResult result = run(searcher, query, null);
        if (result.total() == 0 && query.q() != null) {
            for (String corrected : corrections(searcher, query.q())) {
                SearchResult retried = run(searcher, query.withQ(corrected), corrected);
                if (retried.total() > 0) {
                    return retried;
                }
            }
        }
        return result;
    }

    private SearchResult run(IndexSearcher searcher, SearchQuery query, String correctedQ) throws IOException {
        Query lucene = toLucene(query);
        FacetCache cache = caches.apply(searcher);
        int wanted = query.page() * SearchQuery.PAGE_SIZE;
        if (query.q() != null && (query.sort() == SearchQuery.Sort.RELEVANCE || query.sort() == SearchQuery.Sort.NEWEST)) {
            // One pass over the newest COUNT_LIMIT matches: they are counted, their facets counted and the page
            // ranked among them (exact for newest first; by relevance, the newest 10,000 of a broad search).
            FacetsCollector matches = new FacetsCollector();
            TopFieldCollector top = new TopFieldCollectorManager(sort(query), wanted, null, Integer.MAX_VALUE, false)
                    .newCollector();
            FirstMatches first = new FirstMatches(MultiCollector.wrap(matches, top), COUNT_LIMIT);
            searcher.search(lucene, first);
            FacetCache.Counts counts = counts(first, matches, cache);
            return new SearchResult(query, counts.total(), counts.bounded(), ids(searcher, top.topDocs(), query),
                    counts.facets(), correctedQ, false);
        }
        FacetCache.Counts counts = query.q() == null
                ? cache.filterOnly(lucene, () -> count(searcher, lucene, Integer.MAX_VALUE, cache))
                : count(searcher, lucene, COUNT_LIMIT, cache);
        if (counts.total() == 0) {
            return new SearchResult(query, 0, false, List.of(), counts.facets(), correctedQ, false);
        }
        // Counting is done: the collector may skip every document that cannot make the top `wanted`.
        TopDocs top = searcher.search(lucene, new TopFieldCollectorManager(sort(query), wanted, null, wanted, false));
        return new SearchResult(query, counts.total(), counts.bounded(), ids(searcher, top, query), counts.facets(),
                correctedQ, false);
    }

    /** The listing ids of the page asked for, in its order. */
    private static List<Long> ids(IndexSearcher searcher, TopDocs top, SearchQuery query) throws IOException {
        List<Long> ids = new ArrayList<>();
        ScoreDoc[] hits = top.scoreDocs;
        // One StoredFields for the page: it keeps the last decompressed block, which the next hit often shares.
        StoredFields stored = searcher.storedFields();
        for (int i = (query.page() - 1) * SearchQuery.PAGE_SIZE; i < hits.length; i++) {
            ids.add(stored.document(hits[i].doc).getField(ListingDocuments.ID).numericValue().longValue());
        }
        return ids;
    }

    /**
     * The total and the facet counts of the first {@code limit} matches in index order (newest first): exact when
     * fewer match, else a lower bound. Scores nothing.
     */
    private static FacetCache.Counts count(IndexSearcher searcher, Query lucene, int limit, FacetCache cache)
            throws IOException {
        FacetsCollector matches = new FacetsCollector();
        FirstMatches first = new FirstMatches(matches, limit);
        searcher.search(new ConstantScoreQuery(lucene), first);
        return counts(first, matches, cache);
    }

    private static FacetCache.Counts counts(FirstMatches first, FacetsCollector matches, FacetCache cache)
            throws IOException {
        return new FacetCache.Counts(first.seen, first.seen >= first.limit,
                first.seen == 0 ? Map.of() : facets(cache, matches));
    }

    /** Passes the first {@code limit} matches on, then ends the search. */
    private static final class FirstMatches implements Collector {

        private final Collector matches;
        private final int limit;
        private int seen;

        FirstMatches(Collector matches, int limit) {
            this.matches = matches;
            this.limit = limit;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            if (seen >= limit) {
                throw new CollectionTerminatedException();
            }
            return new FilterLeafCollector(matches.getLeafCollector(context)) {
                @Override
                public void collect(int doc) throws IOException {
                    in.collect(doc);
                    if (++seen >= limit) {
                        throw new CollectionTerminatedException();
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return matches.scoreMode();
        }
    }

    private static Map<String, List<FacetCount>> facets(FacetCache cache, FacetsCollector collector)
            throws IOException {
        Facets facets = new SortedSetDocValuesFacetCounts(cache.ordinals(), collector);
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            FacetResult result;
            try {
                result = facets.getTopChildren(FACET_VALUES, dimension);
            } catch (IllegalArgumentException e) {
                continue; // no document has this dimension yet
            }
            if (result != null) {
                counts.put(dimension, Arrays.stream(result.labelValues)
                        .map(lv -> new FacetCount(lv.label, lv.value.longValue())).toList());
            }
        }
        return counts;
    }

    static Query toLucene(SearchQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        if (query.q() == null) {
            builder.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            SimpleQueryParser parser = new SimpleQueryParser(ListingDocuments.ANALYZER, TEXT);
            parser.setDefaultOperator(Occur.MUST);
            Query text = parser.parse(query.q());
            builder.add(text == null ? new MatchNoDocsQuery() : text, Occur.MUST);
            Query title = new SimpleQueryParser(ListingDocuments.ANALYZER, TITLE).parse(query.q()); // any word: SHOULD
            if (text != null && title != null) {
                builder.add(title, Occur.SHOULD);
            }
        }
        filter(builder, CATEGORY, query.category());
        filter(builder, MATERIAL, query.material() == null ? null : ListingDocuments.normalize(query.material()));
        filter(builder, TECHNIQUE, query.technique() == null ? null : ListingDocuments.normalize(query.technique()));
        filter(builder, SHIPS_FROM, query.shipsFrom());
        filter(builder, VERIFIED, query.verified() ? "true" : null);
        filter(builder, ONE_OF_A_KIND, query.oneOfAKind() ? "true" : null);
        filter(builder, MADE_TO_ORDER, query.madeToOrder() ? "true" : null);
        if (query.minPriceMinor() != null || query.maxPriceMinor() != null) {
            builder.add(LongPoint.newRangeQuery(ListingDocuments.PRICE,
                    query.minPriceMinor() == null ? 0 : query.minPriceMinor(),
                    query.maxPriceMinor() == null ? Long.MAX_VALUE : query.maxPriceMinor()), Occur.FILTER);
        }
        if (query.minRating() != null) {
            // No shop has reviews yet (the reviews issue adds them): a minimum rating matches nothing, honestly.
            builder.add(new MatchNoDocsQuery("no ratings yet"), Occur.FILTER);
        }
        return builder.build();
    }

    private static void filter(BooleanQuery.Builder builder, String field, String value) {
        if (value != null) {
            builder.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private static Sort sort(SearchQuery query) {
        SortField newest = ListingDocuments.NEWEST;
        return switch (query.sort()) {
            case RELEVANCE -> query.q() == null ? new Sort(newest) : new Sort(SortField.FIELD_SCORE, newest);
            case NEWEST -> new Sort(newest);
            case PRICE_ASC -> new Sort(new SortField(ListingDocuments.PRICE, SortField.Type.LONG), newest);
            case PRICE_DESC -> new Sort(new SortField(ListingDocuments.PRICE, SortField.Type.LONG, true), newest);
        };
    }

    /**
     * Up to three spellings of the query to try, best first: each word the index does not know is replaced by a
     * close known word starting with the same letter (Levenshtein similarity ≥ 0.55, a longer common prefix and
     * then the more frequent word first). Empty when every word is known.
     */
    static List<String> corrections(IndexSearcher searcher, String q) throws IOException {
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), ListingDocuments.SPELL);
        if (terms == null) {
            return List.of();
        }
        String[] words = q.toLowerCase(Locale.ROOT).split("\\s+");
        List<List<String>> options = new ArrayList<>();
        boolean unknown = false;
        for (String word : words) {
            if (word.length() >= 3 && word.chars().allMatch(Character::isLetter)
                    && searcher.getIndexReader().docFreq(new Term(ListingDocuments.SPELL, word)) == 0) {
                List<String> close = closest(terms.iterator(), word);
                options.add(close.isEmpty() ? List.of(word) : close);
                unknown |= !close.isEmpty();
            } else {
                options.add(List.of(word));
            }
        }
        if (!unknown) {
            return List.of();
        }
        List<String> queries = new ArrayList<>();
        for (int choice = 0; choice < 3; choice++) {
            StringBuilder corrected = new StringBuilder();
            boolean any = false;
            for (List<String> option : options) {
                any |= choice < option.size();
                corrected.append(corrected.isEmpty() ? "" : " ").append(option.get(Math.min(choice, option.size() - 1)));
            }
            if (any && !queries.contains(corrected.toString())) {
                queries.add(corrected.toString());
            }
        }
        return queries;
    }

    private record Candidate(String term, float score, int freq) {
    }

    private static List<String> closest(TermsEnum terms, String word) throws IOException {
        LevenshteinDistance distance = new LevenshteinDistance();
        String prefix = word.substring(0, 1);
        List<Candidate> candidates = new ArrayList<>();
        if (terms.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        do {
            String candidate = terms.term().utf8ToString();
            if (!candidate.startsWith(prefix)) {
                break;
            }
            if (Math.abs(candidate.length() - word.length()) <= 3) {
                float similarity = distance.getDistance(word, candidate);
                if (similarity >= MIN_SIMILARITY) {
                    candidates.add(new Candidate(candidate, similarity + 0.01f * commonPrefix(word, candidate),
                            terms.docFreq()));
                }
            }
        } while (terms.next() != null);
        return candidates.stream()
                .sorted(java.util.Comparator.comparing(Candidate::score).reversed()
                        .thenComparing(java.util.Comparator.comparing(Candidate::freq).reversed()))
                .limit(3).map(Candidate::term).toList();
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
