package market.atelier.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A deleted account's mailed links go with it, so that neither a pending e-mail change nor a password reset link can
 * act on the anonymised row; its rate-limit records (which hold the old address) go too.
 */
@ApplicationScoped
public class TokenErasure {

    @PersistenceContext
    private EntityManager em;

    void deleting(@Observes AccountDeleting deleting) {
        em.createNativeQuery("DELETE FROM mail_request WHERE email = (SELECT email FROM account WHERE id = ?1)")
                .setParameter(1, deleting.accountId()).executeUpdate();
        em.createNativeQuery("DELETE FROM account_token WHERE account_id = ?1").setParameter(1, deleting.accountId())
                .executeUpdate();
    }
}
