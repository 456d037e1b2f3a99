package market.atelier.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import market.atelier.account.AccountDeleting;

/** A deleted account's notifications go with it. */
@ApplicationScoped
public class NotificationErasure {

    @PersistenceContext
    private EntityManager em;

    void deleting(@Observes AccountDeleting deleting) {
        em.createNativeQuery("DELETE FROM notification WHERE account_id = ?1").setParameter(1, deleting.accountId())
                .executeUpdate();
    }
}
