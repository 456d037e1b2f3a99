package market.atelier.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Queues mails in the caller's transaction: a mail exists if and only if the business change that caused it
 * committed. Callers are other services, which decide who gets which mail. Once the transaction has committed,
 * {@link MailPump} is woken to send it (and its timer sends whatever is due anyway).
 */
@Stateless
@PermitAll
public class MailOutbox {

    /** Set while {@link #withheld(Runnable)} runs on this thread. */
    private static final ThreadLocal<Boolean> WITHHELD = new ThreadLocal<>();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MailQueued> queued;

    public void queue(Mail mail) {
        if (WITHHELD.get() != null) {
            return;
        }
        em.persist(new OutboxMail(mail, Instant.now()));
        queued.fire(new MailQueued());
    }

    /**
     * Queues a digest for an account: it is not sent if the account turns its kind off before it goes out, and it
     * carries a {@code List-Unsubscribe} header with this address.
     */
    public void queueDigest(Mail mail, long accountId, String unsubscribeUrl) {
        if (WITHHELD.get() != null) {
            return;
        }
        em.persist(new OutboxMail(mail, accountId, unsubscribeUrl, Instant.now()));
        queued.fire(new MailQueued());
    }

    /**
     * Runs work through the real services without any mail it causes on this thread being queued: the demo's
     * invented months of trade write to nobody.
     */
    public static void withheld(Runnable work) {
        WITHHELD.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            WITHHELD.remove();
        }
    }

    /** Fired when a mail is queued; observed after the commit. */
    public record MailQueued() {
    }
}
