package market.atelier.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The outbox's bookkeeping, each step in a transaction of its own so that no transaction stays open while a mail
 * server is talked to. Servers share the outbox: a mail is sent by the server whose conditional update claimed it
 * (for {@link #LEASE}); a server that dies while sending leaves the claim to run out, and the mail is sent again
 * by whoever comes next (the one case where a mail can go out twice).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailSender {

    /** How long a claim holds: longer than any attempt (MailTransport's timeouts). */
    static final Duration LEASE = Duration.ofMinutes(2);

    /** This server, for as long as the application runs. */
    static final String HERE = UUID.randomUUID().toString();

    /**
     * Empties the bodies of mails that carry a sign-in link: once out of the outbox's hands, a reset or confirmation
     * token is nowhere in the database in clear (only its hash, in {@code account_token}).
     */
    private static final String WIPE_TOKENS;

    static {
        String kinds = Arrays.stream(MailKind.values()).filter(MailKind::carriesToken)
                .map(kind -> "'" + kind.name() + "'").collect(Collectors.joining(", "));
        WIPE_TOKENS = "text_body = CASE WHEN kind IN (" + kinds + ") THEN '' ELSE text_body END,"
                + " html_body = CASE WHEN kind IN (" + kinds + ") THEN '' ELSE html_body END";
    }

    /** First retry after 10 s, then doubling, at most an hour apart; a server down for days loses nothing. */
    static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(3600, 10L << Math.min(attempts - 1, 12)));
    }

    @PersistenceContext
    private EntityManager em;

    /** Mails due now and not held by a live claim, oldest first. */
    public List<Long> due(Instant now, int max) {
        return em.createNativeQuery("SELECT id FROM mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL"
                        + " AND next_attempt_at <= ?1 AND (claimed_until IS NULL OR claimed_until < ?1) ORDER BY id")
                .setParameter(1, Timestamp.from(now))
                .setMaxResults(max)
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Claims the mail for this server; empty if another server (or an earlier pass here) has it. */
    public OutboxMail claim(long id, Instant now) {
        int claimed = em.createNativeQuery("UPDATE mail_outbox SET claimed_until = ?1, claimed_by = ?2 WHERE id = ?3"
                        + " AND sent_at IS NULL AND given_up_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?4)")
                .setParameter(1, Timestamp.from(now.plus(LEASE)))
                .setParameter(2, HERE)
                .setParameter(3, id)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        return claimed == 1 ? em.find(OutboxMail.class, id) : null;
    }

    public void sent(long id, Instant now) {
        em.createNativeQuery("UPDATE mail_outbox SET sent_at = ?1, claimed_until = NULL, " + WIPE_TOKENS
                        + " WHERE id = ?2")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, id)
                .executeUpdate();
    }

    /** An attempt failed: tried again after the backoff. */
    public void failed(long id, int attemptsBefore, String error, Instant now) {
        em.createNativeQuery("UPDATE mail_outbox SET attempts = ?1, next_attempt_at = ?2, last_error = ?3,"
                        + " claimed_until = NULL WHERE id = ?4")
                .setParameter(1, attemptsBefore + 1)
                .setParameter(2, Timestamp.from(now.plus(backoff(attemptsBefore + 1))))
                .setParameter(3, shorten(error))
                .setParameter(4, id)
                .executeUpdate();
    }

    /** Never sent: the address was refused for good, or the account turned the digest off. */
    public void givenUp(long id, String reason, Instant now) {
        em.createNativeQuery("UPDATE mail_outbox SET given_up_at = ?1, last_error = ?2, claimed_until = NULL, "
                        + WIPE_TOKENS + " WHERE id = ?3")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, shorten(reason))
                .setParameter(3, id)
                .executeUpdate();
    }

    /** Deletes mails sent (or given up) before {@code before}; returns how many. */
    public int prune(Instant before) {
        return em.createNativeQuery("DELETE FROM mail_outbox WHERE sent_at < ?1 OR given_up_at < ?1")
                .setParameter(1, Timestamp.from(before))
                .executeUpdate();
    }

    private static String shorten(String text) {
        String value = text == null ? "" : text;
        return value.length() > 500 ? value.substring(0, 500) : value;
    }
}
