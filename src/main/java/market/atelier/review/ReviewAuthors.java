package market.atelier.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import market.atelier.account.AccountDeleting;
import market.atelier.account.AccountRenamed;
import market.atelier.catalog.search.CatalogChanged;

/**
 * Reviews carry their author's first name: a new display name shows on them at once; a deleted account's reviews
 * stay, signed by nobody (pages say "a former customer"). Public pages kept for a few seconds are thrown away.
 */
@ApplicationScoped
public class ReviewAuthors {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<CatalogChanged> changed;

    void renamed(@Observes AccountRenamed renamed) {
        sign(renamed.accountId(), ShopReviewService.firstName(renamed.displayName()));
    }

    void deleting(@Observes AccountDeleting deleting) {
        sign(deleting.accountId(), "");
    }

    private void sign(long authorId, String name) {
        int signed = em.createNativeQuery("UPDATE review SET author_name = ?1 WHERE author_id = ?2")
                .setParameter(1, name).setParameter(2, authorId).executeUpdate();
        if (signed > 0) {
            changed.fire(CatalogChanged.pages());
        }
    }
}
