package market.atelier.favourite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import market.atelier.account.AccountDeleting;

/** A deleted account's favourites go with it. */
@ApplicationScoped
public class FavouriteErasure {

    @PersistenceContext
    private EntityManager em;

    void deleting(@Observes AccountDeleting deleting) {
        em.createNativeQuery("DELETE FROM favourite WHERE account_id = ?1").setParameter(1, deleting.accountId())
                .executeUpdate();
    }
}
