package market.atelier.catalog.search;

import java.util.List;
import java.util.Map;

/**
 * The listing ids of one page of results, the total, facet counts per dimension, and the corrected query when the
 * one typed found nothing and a close spelling did.
 */
public record SearchResult(SearchQuery query, long total, List<Long> ids, Map<String, List<FacetCount>> facets,
        String correctedQ) {

    /** One facet value and how many results have it. */
    public record FacetCount(String value, long count) {
    }

    public int pageCount() {
        return (int) Math.min(SearchQuery.MAX_PAGE, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    }

    public List<FacetCount> facet(String dimension) {
        return facets.getOrDefault(dimension, List.of());
    }
}
