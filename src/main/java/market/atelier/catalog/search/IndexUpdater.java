package market.atelier.catalog.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;

/** Keeps the index in step: after a commit that changed a listing or a shop, re-reads it and updates the index. */
@ApplicationScoped
public class IndexUpdater {

    @Inject
    private SearchIndex index;

    @Inject
    private IndexFeed feed;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        if (change.listingId() != null) {
            index.refresh(List.of(change.listingId()));
        }
        if (change.shopId() != null) {
            index.refresh(feed.listingIdsOfShop(change.shopId()));
        }
    }
}
