package market.atelier.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Issues and redeems the single-use tokens of mailed links. A new token of a kind replaces the account's older
 * unused ones of that kind; redeeming marks the token used with one conditional {@code UPDATE}, so of two
 * requests with the same link only one succeeds.
 */
@Stateless
public class AccountTokens {

    /** What a link is worth now. */
    public enum Status { VALID, UNKNOWN, USED, EXPIRED }

    /** The outcome of looking a link up: its status and, unless unknown, the token. */
    public record Check(Status status, AccountToken token) {

        static final Check UNKNOWN = new Check(Status.UNKNOWN, null);

        public boolean valid() {
            return status == Status.VALID;
        }
    }

    @PersistenceContext
    private EntityManager em;

    /** A new link for the account; older unused links of this kind stop working. Returns the token's text. */
    public String issue(Account account, TokenKind kind, String newEmail, Instant now) {
        em.createQuery("UPDATE AccountToken t SET t.usedAt = :now WHERE t.account = :account AND t.kind = :kind"
                        + " AND t.usedAt IS NULL")
                .setParameter("now", now).setParameter("account", account).setParameter("kind", kind).executeUpdate();
        Tokens.Token token = Tokens.issue();
        em.persist(new AccountToken(account, kind, token.hash(), newEmail, now));
        return token.clear();
    }

    /** What the link is worth, without using it. */
    public Check check(TokenKind kind, String clear, Instant now) {
        if (!Tokens.wellFormed(clear)) {
            return Check.UNKNOWN;
        }
        Optional<AccountToken> found = em.createQuery("SELECT t FROM AccountToken t WHERE t.hash = :hash"
                        + " AND t.kind = :kind", AccountToken.class)
                .setParameter("hash", Tokens.hash(clear)).setParameter("kind", kind)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return Check.UNKNOWN;
        }
        AccountToken token = found.get();
        if (token.getUsedAt() != null) {
            return new Check(Status.USED, token);
        }
        return new Check(token.getExpiresAt().isAfter(now) ? Status.VALID : Status.EXPIRED, token);
    }

    /**
     * Uses the link: valid only if this call is the one that marked it used (a conditional {@code UPDATE}); a
     * concurrent use of the same link gets {@link Status#USED}.
     */
    public Check use(TokenKind kind, String clear, Instant now) {
        Check check = check(kind, clear, now);
        if (!check.valid()) {
            return check;
        }
        int marked = em.createQuery("UPDATE AccountToken t SET t.usedAt = :now WHERE t.id = :id"
                        + " AND t.usedAt IS NULL AND t.expiresAt > :now")
                .setParameter("now", now).setParameter("id", check.token().getId()).executeUpdate();
        return marked == 1 ? check : new Check(Status.USED, check.token());
    }
}
