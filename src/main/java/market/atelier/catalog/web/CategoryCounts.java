package market.atelier.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.CategoryCount;
import market.atelier.catalog.search.CatalogChanged;

/**
 * The home page's category chips, counted once and kept until the catalog changes (at most a minute): counting
 * every public listing per category is the dearest query of the home page (about 100 ms at 100,000 listings).
 */
@ApplicationScoped
public class CategoryCounts {

    private static final long MAX_AGE_MILLIS = 60_000;

    private record Kept(List<CategoryCount> counts, long at) {
    }

    @Inject
    private CatalogService catalog;

    private volatile Kept kept;

    public List<CategoryCount> get() {
        Kept current = kept;
        long now = System.currentTimeMillis();
        if (current == null || now - current.at() > MAX_AGE_MILLIS) {
            current = new Kept(catalog.categoryCounts(), now);
            kept = current;
        }
        return current.counts();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        kept = null;
    }
}
