package market.atelier.quality;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import market.atelier.catalog.search.CatalogChanged;

/**
 * Recomputes a shop's figures after a transaction that moved them has committed. Runs outside that transaction
 * (it has ended); a failure here is logged and mended by the daily run, never shown to the person who acted.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FiguresRefresher {

    private static final Logger LOG = Logger.getLogger(FiguresRefresher.class.getName());

    @Inject
    private ShopFiguresService figures;

    @Inject
    private Event<CatalogChanged> changed;

    public void refresh(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShopActivity activity) {
        try {
            figures.recompute(activity.shopId());
            changed.fire(CatalogChanged.pages());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Figures of shop " + activity.shopId() + " not recomputed; the daily run will", e);
        }
    }
}
