package market.atelier.account;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Slows password guessing per client, never per account alone, so that nobody can lock another person out:
 * within {@link #WINDOW}, {@value #PAIR_MAX} failures for one e-mail from one client refuse that e-mail from that
 * client, and {@value #CLIENT_MAX} failures from one client, whatever the e-mails (password spraying), refuse that
 * client altogether. Each lock lasts until its oldest counted failure is {@link #WINDOW} old. Kept in the database
 * (so it holds across several servers), rows older than the window are deleted every 15 minutes.
 */
@Stateless
public class LoginThrottle {

    public static final int PAIR_MAX = 10;
    public static final int CLIENT_MAX = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    /** Until when sign-in is refused, and whether for the whole client or only for this e-mail from it. */
    public record Lock(boolean wholeClient, Instant until) {

        /** Whole minutes to wait, rounded up, at least 1. */
        public long minutesLeft(Instant now) {
            return Math.max(1, Duration.between(now, until).plusSeconds(59).toMinutes());
        }
    }

    @PersistenceContext
    private EntityManager em;

    /** The lock on this e-mail from this client, or empty if it may try now. */
    public Optional<Lock> lock(String email, String client, Instant now) {
        Optional<Instant> wholeClient = until(em.createQuery("SELECT f.failedAt FROM LoginFailure f"
                + " WHERE f.client = :client AND f.failedAt > :since ORDER BY f.failedAt DESC", Instant.class)
                .setParameter("client", client), CLIENT_MAX, now);
        if (wholeClient.isPresent()) {
            return Optional.of(new Lock(true, wholeClient.get()));
        }
        return until(em.createQuery("SELECT f.failedAt FROM LoginFailure f WHERE f.email = :email"
                        + " AND f.client = :client AND f.failedAt > :since ORDER BY f.failedAt DESC", Instant.class)
                .setParameter("email", Account.normalizeEmail(email))
                .setParameter("client", client), PAIR_MAX, now).map(until -> new Lock(false, until));
    }

    private static Optional<Instant> until(jakarta.persistence.TypedQuery<Instant> recent, int max, Instant now) {
        List<Instant> times = recent.setParameter("since", now.minus(WINDOW)).setMaxResults(max).getResultList();
        return times.size() < max ? Optional.empty() : Optional.of(times.get(max - 1).plus(WINDOW));
    }

    /**
     * Counts a failed sign-in, or a sign-up (which can test an address's password too), in its own transaction:
     * a failure rolls nothing back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String email, String client, Instant now) {
        em.persist(new LoginFailure(Account.normalizeEmail(email), client, now));
    }

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void forgetOldFailures() {
        forgetOldFailures(Instant.now());
    }

    /**
     * Keeps the table as small as the window; returns how many rows this run deleted. Runs on every server: two runs
     * at once delete the same old rows, each row once, and touch no recent one
     * ({@code ClusterJobsIT.twoServersForgettingOldSignInFailuresAtOnceKeepTheRecentOnes}).
     */
    public int forgetOldFailures(Instant now) {
        return em.createQuery("DELETE FROM LoginFailure f WHERE f.failedAt < :before")
                .setParameter("before", now.minus(WINDOW)).executeUpdate();
    }
}
