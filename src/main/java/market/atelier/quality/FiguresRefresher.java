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
import market.atelier.messaging.ConversationAnswered;

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
        refresh(activity.shopId());
    }

    /** A shop answered a shopper for the first time: its median first response moved. */
    public void answered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationAnswered answered) {
        refresh(answered.shopId());
    }

    private void refresh(long shopId) {
        try {
            figures.recompute(shopId);
            changed.fire(CatalogChanged.pages());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Figures of shop " + shopId + " not recomputed; the daily run will", e);
        }
    }
}
