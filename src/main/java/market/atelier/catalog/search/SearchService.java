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
 * correction) over the server's current index. Returns listing ids; pages read the cards in one query.
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
            return new ListingSearch(index::facetState).search(searcher, query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }
}
