package market.atelier.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import market.atelier.mail.MailBody;
import market.atelier.mail.MailKind;
import market.atelier.mail.MailOutbox;
import market.atelier.shared.AtelierConfig;

/**
 * Showing that an account's address is the person's: a link mailed at sign-up (and again on request, rate-limited)
 * sets {@code email_verified_at}. Opening a shop needs it ({@code ShopService.open}).
 */
@Stateless
public class EmailVerification {

    /** What "send again" did. */
    public enum Resend { SENT, ALREADY_VERIFIED, THROTTLED }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountTokens tokens;

    @Inject
    private MailThrottle throttle;

    @Inject
    private MailOutbox outbox;

    /** Queues the verification mail for a new account, in the caller's transaction. */
    @PermitAll
    public void send(Account account) {
        Instant now = Instant.now();
        String token = tokens.issue(account, TokenKind.VERIFY_EMAIL, null, now);
        outbox.queue(MailBody.in(account.getLocale())
                .greeting(account.getDisplayName())
                .paragraph("mail.verify.body")
                .button("mail.verify.button", link("/email/verify", token))
                .paragraph("mail.verify.ignore")
                .to(account.getEmail(), MailKind.VERIFY_EMAIL, "mail.verify.subject"));
    }

    /** "Send again" from the banner or the shop page: a new link (the older one stops working), rate-limited. */
    @RolesAllowed("SHOPPER")
    public Resend resend(long accountId, String client) {
        Account account = em.find(Account.class, accountId);
        if (account.isEmailVerified()) {
            return Resend.ALREADY_VERIFIED;
        }
        if (!throttle.allow(TokenKind.VERIFY_EMAIL, account.getEmail(), client, Instant.now())) {
            return Resend.THROTTLED;
        }
        send(account);
        return Resend.SENT;
    }

    /**
     * What the link is worth, without using it: the page asks before it acts, because mail scanners open links too.
     */
    @PermitAll
    public AccountTokens.Check check(String token) {
        return tokens.check(TokenKind.VERIFY_EMAIL, token, Instant.now());
    }

    /** Uses the link: the account's address counts as verified from now on. */
    @PermitAll
    public AccountTokens.Status verify(String token) {
        Instant now = Instant.now();
        AccountTokens.Check check = tokens.use(TokenKind.VERIFY_EMAIL, token, now);
        if (check.valid()) {
            check.token().getAccount().emailVerified(now);
        } else if (check.status() == AccountTokens.Status.USED && check.token().getAccount().isEmailVerified()) {
            return AccountTokens.Status.VALID; // opened twice: the address is verified, which is all that matters
        }
        return check.status();
    }

    @PermitAll
    public boolean isVerified(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account != null && account.isEmailVerified();
    }

    /** An absolute link to a page of Atelier with a token, for a mail. */
    static String link(String path, String token) {
        return AtelierConfig.publicUrl() + path + "?token=" + token;
    }
}
