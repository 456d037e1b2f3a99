package market.atelier.catalog.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Keeps the index in step: after a commit that changed a listing or a shop, re-reads it and updates the index.
 * Observers after success still see the committed transaction; {@link SearchIndex} runs outside it (NOT_SUPPORTED),
 * so its database reads start their own.
 */
@ApplicationScoped
public class IndexUpdater {

    @Inject
    private SearchIndex index;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        if (change.listingId() != null) {
            index.refresh(List.of(change.listingId()));
        }
        if (change.shopId() != null) {
            index.refreshShop(change.shopId());
        }
    }
}
