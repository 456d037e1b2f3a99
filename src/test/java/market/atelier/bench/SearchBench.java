package market.atelier.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import market.atelier.catalog.search.FacetCache;
import market.atelier.catalog.search.IndexGenerations;
import market.atelier.catalog.search.ListingSearch;
import market.atelier.catalog.search.SearchQuery;
import market.atelier.catalog.search.SearchResult;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * Replays a fixed query mix through {@link ListingSearch} (the code behind {@code SearchService}) over the index the
 * server built, outside the server, one query at a time: common, rare, zero-match and misspelt terms, facet filters,
 * deep pages and sorts, each built from request parameters as {@code /search} builds them. Prints the latency
 * distribution as rows of the benchmark's table, and every query's own figures to a detail file.
 * Run by {@code bench/run}: {@code SearchBench <index dir> <warm-up rounds> <rounds> <detail file>}.
 */
public final class SearchBench {

    private record Case(String kind, String params) {

        SearchQuery query() {
            Map<String, String> values = new LinkedHashMap<>();
            for (String pair : params.split("&")) {
                int eq = pair.indexOf('=');
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return SearchQuery.from(values::get);
        }
    }

    /** The mix: what shoppers type and click, in the proportions of a plain list (each case runs once a round). */
    static final List<Case> MIX = List.of(
            new Case("common terms", "q=silver ring"),
            new Case("common terms", "q=silver"),
            new Case("common terms", "q=gold necklace"),
            new Case("common terms", "q=earrings"),
            new Case("common terms", "q=hammered silver cuff"),
            new Case("common terms", "q=Ringe"),
            new Case("rare terms", "q=tanzanite"),
            new Case("rare terms", "q=larimar earrings"),
            new Case("rare terms", "q=chrysoprase pendant"),
            new Case("rare terms", "q=celestial brooch garnet"),
            new Case("misspelt", "q=neckless"),
            new Case("misspelt", "q=braclet silver"),
            new Case("zero-match terms", "q=xylophone"),
            new Case("zero-match terms", "q=vintage typewriter"),
            new Case("zero-match terms", "q=zqx"),
            new Case("zero-match terms", "q=emerald ring&shipsFrom=US"),
            new Case("facet filters", "category=rings"),
            new Case("facet filters", "verified=true&maxPrice=100"),
            new Case("facet filters", "q=silver ring&verified=true&maxPrice=100"),
            new Case("facet filters", "material=sterling silver&technique=hand forged"),
            new Case("facet filters", "shipsFrom=DE&oneOfAKind=true"),
            new Case("facet filters", "q=pendant&category=necklaces&minPrice=50&maxPrice=150"),
            new Case("deep pages", "q=silver&page=50"),
            new Case("deep pages", "page=100"),
            new Case("deep pages", "q=ring&sort=price_asc&page=100"),
            new Case("sorts", "q=silver ring&sort=price_asc"),
            new Case("sorts", "q=gold&sort=price_desc"),
            new Case("sorts", "q=necklace&sort=newest"),
            new Case("sorts", "category=bracelets&sort=price_asc"));

    private SearchBench() {
    }

    public static void main(String[] args) throws IOException {
        // The server's index folder holds generations (g1, g2, …): the complete one is searched.
        Path indexDir = IndexGenerations.current(Path.of(args[0]))
                .orElseThrow(() -> new IllegalStateException("no complete index in " + args[0]));
        int warmUp = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path detail = Path.of(args[3]);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            // The server keeps one facet cache per reader (SearchIndex.facetCache); so does this.
            FacetCache facets = FacetCache.of(reader);
            ListingSearch search = new ListingSearch(s -> facets);
            List<SearchQuery> queries = MIX.stream().map(Case::query).toList();
            for (int round = 0; round < warmUp; round++) {
                for (SearchQuery query : queries) {
                    search.search(searcher, query);
                }
            }
            long[][] nanos = new long[MIX.size()][rounds];
            long[][] cpu = new long[MIX.size()][rounds];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            SearchResult[] results = new SearchResult[MIX.size()];
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < MIX.size(); i++) {
                order.add(i);
            }
            Random random = new Random(5);
            for (int round = 0; round < rounds; round++) {
                Collections.shuffle(order, random);
                for (int i : order) {
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    results[i] = search.search(searcher, queries.get(i));
                    nanos[i][round] = System.nanoTime() - start;
                    cpu[i][round] = threads.getCurrentThreadCpuTime() - cpu0;
                }
            }
            print(reader.numDocs(), nanos, cpu, results, rounds, detail);
        }
    }

    /**
     * Latency rows; the last column is the CPU time the query's thread used (mean), which depends much less than
     * the latency on what else runs on the machine.
     */
    private static void print(int docs, long[][] nanos, long[][] cpu, SearchResult[] results, int rounds,
            Path detail) throws IOException {
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        Map<String, List<Long>> cpuRows = new LinkedHashMap<>();
        rows.put("search: whole mix", new ArrayList<>());
        rows.put("search: zero-result queries", new ArrayList<>());
        try (PrintStream out = new PrintStream(detail.toFile(), "UTF-8")) {
            out.printf(Locale.ROOT, "Search mix over %,d indexed listings, %d rounds; per query: total, ids on the"
                    + " page, corrected to, p50 / p99 / max ms%n", docs, rounds);
            for (int i = 0; i < MIX.size(); i++) {
                Case c = MIX.get(i);
                List<Long> times = Arrays.stream(nanos[i]).boxed().toList();
                List<Long> cpuTimes = Arrays.stream(cpu[i]).boxed().toList();
                List<String> kinds = new ArrayList<>(List.of("search: whole mix", "search: " + c.kind()));
                if (results[i].total() == 0) {
                    kinds.add(1, "search: zero-result queries");
                }
                for (String kind : kinds) {
                    rows.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(times);
                    cpuRows.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(cpuTimes);
                }
                long[] sorted = nanos[i].clone();
                Arrays.sort(sorted);
                out.printf(Locale.ROOT, "%-18s %-58s total %,9d%s ids %2d  %-16s %7.2f %7.2f %7.2f%n", c.kind(),
                        c.params(), results[i].total(), results[i].bounded() ? "+" : " ", results[i].ids().size(),
                        results[i].correctedQ() == null ? "" : "→ " + results[i].correctedQ(),
                        ms(percentile(sorted, 50)), ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]));
            }
        }
        for (Map.Entry<String, List<Long>> row : rows.entrySet()) {
            long[] sorted = row.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                System.out.printf("| %s | – | – | – | – | – | | |%n", row.getKey());
                continue;
            }
            double mean = Arrays.stream(sorted).average().orElse(0);
            double cpuMean = cpuRows.get(row.getKey()).stream().mapToLong(Long::longValue).average().orElse(0);
            // One thread: queries per second is 1 / mean latency.
            System.out.printf(Locale.ROOT, "| %s | %,.0f | %.2f ms | %.2f ms | %.2f ms | %.2f ms | | %.2f ms |%n",
                    row.getKey(), 1e9 / mean, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
                    ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]), ms((long) cpuMean));
        }
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
