package market.atelier.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Queues mails in the caller's transaction: a mail exists if and only if the business change that caused it
 * committed. Callers are other services, which decide who gets which mail.
 */
@Stateless
@PermitAll
public class MailOutbox {

    @PersistenceContext
    private EntityManager em;

    public void queue(Mail mail) {
        em.persist(new OutboxMail(mail, Instant.now()));
    }
}
