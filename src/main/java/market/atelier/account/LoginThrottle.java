package market.atelier.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Refuses sign-in for an e-mail address after {@value #MAX_FAILURES} failures within 15 minutes, until the oldest
 * of them is 15 minutes old. Kept in the database, so it holds across several servers.
 */
@Stateless
public class LoginThrottle {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    @PersistenceContext
    private EntityManager em;

    /** When the address may try again, or empty if it may try now. */
    public Optional<Instant> lockedUntil(String email, Instant now) {
        var recent = em.createQuery("SELECT f.failedAt FROM LoginFailure f WHERE f.email = :email"
                        + " AND f.failedAt > :since ORDER BY f.failedAt DESC", Instant.class)
                .setParameter("email", Account.normalizeEmail(email))
                .setParameter("since", now.minus(WINDOW))
                .setMaxResults(MAX_FAILURES)
                .getResultList();
        return recent.size() < MAX_FAILURES ? Optional.empty()
                : Optional.of(recent.get(MAX_FAILURES - 1).plus(WINDOW));
    }

    /** Recorded in its own transaction: a failed sign-in rolls nothing back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String email, Instant now) {
        em.persist(new LoginFailure(Account.normalizeEmail(email), now));
    }
}
