package market.atelier.catalog.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.IndexSearcher;

/**
 * All search goes through here: {@link ListingSearch} (full text, filters, facets, orders, pages, spelling
 * correction) over the server's current index; while that index is still being built for the first time, results
 * say so ({@link SearchResult#partial()}). Returns listing ids; pages read the cards in one query.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SearchService {

    @EJB
    private SearchIndex index;

    public SearchResult search(SearchQuery query) {
        IndexSearcher searcher = index.acquire();
        try {
            boolean partial = index.partial();
            SearchResult result = new ListingSearch(index::facetCache).search(searcher, query);
            return partial ? result.asPartial() : result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }
}
