package market.atelier.account;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * Limits account mails (reset links, verification links, change confirmations): within {@link #WINDOW}, at most
 * {@value #PER_ADDRESS} of a kind for one address and {@value #PER_CLIENT} of a kind from one client. Counted
 * whether or not the address has an account, so the answer says nothing about that. Kept in the database (several
 * servers); rows older than a day are deleted every hour.
 */
@Stateless
public class MailThrottle {

    public static final int PER_ADDRESS = 3;
    public static final int PER_CLIENT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    @PersistenceContext
    private EntityManager em;

    /** Whether one more mail of this kind may go to this address for this client now; if so, it is counted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean allow(TokenKind kind, String email, String client, Instant now) {
        String address = Account.normalizeEmail(email);
        Instant since = now.minus(WINDOW);
        long forAddress = em.createQuery("SELECT COUNT(r) FROM MailRequest r WHERE r.kind = :kind"
                        + " AND r.email = :email AND r.requestedAt > :since", Long.class)
                .setParameter("kind", kind).setParameter("email", address).setParameter("since", since)
                .getSingleResult();
        long fromClient = em.createQuery("SELECT COUNT(r) FROM MailRequest r WHERE r.kind = :kind"
                        + " AND r.client = :client AND r.requestedAt > :since", Long.class)
                .setParameter("kind", kind).setParameter("client", client).setParameter("since", since)
                .getSingleResult();
        if (forAddress >= PER_ADDRESS || fromClient >= PER_CLIENT) {
            return false;
        }
        em.persist(new MailRequest(kind, address, client, now));
        return true;
    }

    @Schedule(minute = "41", hour = "*", persistent = false)
    void forgetOldRequests() {
        em.createQuery("DELETE FROM MailRequest r WHERE r.requestedAt < :before")
                .setParameter("before", Instant.now().minus(Duration.ofDays(1))).executeUpdate();
    }
}
