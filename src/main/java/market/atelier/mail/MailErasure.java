package market.atelier.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import market.atelier.account.AccountDeleting;

/**
 * A deleted account gets no more mail: its digest settings go, and mails still waiting for it (by account or by its
 * address) are dropped from the outbox.
 */
@ApplicationScoped
public class MailErasure {

    @PersistenceContext
    private EntityManager em;

    void deleting(@Observes AccountDeleting deleting) {
        long id = deleting.accountId();
        em.createNativeQuery("DELETE FROM mail_outbox WHERE sent_at IS NULL AND (account_id = ?1"
                        + " OR to_address = (SELECT email FROM account WHERE id = ?1))")
                .setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM mail_settings WHERE account_id = ?1").setParameter(1, id).executeUpdate();
    }
}
