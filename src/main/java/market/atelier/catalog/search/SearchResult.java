package market.atelier.catalog.search;

import java.util.List;
import java.util.Map;

/**
 * The listing ids of one page of results, the total, facet counts per dimension, and the corrected query when the
 * one typed found nothing and a close spelling did. {@code bounded}: more matched than were counted, the total and
 * the facet counts are lower bounds (shown as "10,000+"). {@code partial}: the index is being built for the first
 * time, some searchable listings are not in it yet.
 */
public record SearchResult(SearchQuery query, long total, boolean bounded, List<Long> ids,
        Map<String, List<FacetCount>> facets, String correctedQ, boolean partial) {

    /** One facet value and how many results have it. */
    public record FacetCount(String value, long count) {
    }

    public int pageCount() {
        return (int) Math.min(SearchQuery.MAX_PAGE, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    }

    /** This result, marked as answered from an index still being built. */
    SearchResult asPartial() {
        return new SearchResult(query, total, bounded, ids, facets, correctedQ, true);
    }

    public List<FacetCount> facet(String dimension) {
        return facets.getOrDefault(dimension, List.of());
    }
}
