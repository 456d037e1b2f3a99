package market.atelier.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * "Forgot your password?": a link valid for one hour, used once; a new request replaces older links. The request
 * is answered the same way, after the same work, whether or not the address has an account: the mail is written
 * afterwards, in the background ({@link ResetMailer}). Resetting raises the session generation, which ends every
 * session of the account ({@code account.web.SessionGuard}).
 */
@Stateless
@PermitAll
public class PasswordReset {

    @Inject
    private MailThrottle throttle;

    @Inject
    private ResetMailer mailer;

    @Inject
    private AccountTokens tokens;

    @Inject
    private PasswordHasher hasher;

    /** False when this address or client asked too often; otherwise a link goes out if the address has an account. */
    public boolean request(String email, String client) {
        Instant now = Instant.now();
        if (!throttle.allow(TokenKind.PASSWORD_RESET, email, client, now)) {
            return false;
        }
        mailer.sendLink(Account.normalizeEmail(email));
        return true;
    }

    /** What the link is worth now (the reset page shows the form only for a valid one). */
    public AccountTokens.Status check(String token) {
        return tokens.check(TokenKind.PASSWORD_RESET, token, Instant.now()).status();
    }

    /**
     * Sets the new password if the link is still valid and the password acceptable ({@link AccountException}
     * otherwise, the link then stays valid). Returns the link's status: VALID when the password was changed.
     */
    public AccountTokens.Status reset(String token, String newPassword) {
        Instant now = Instant.now();
        AccountTokens.Check check = tokens.check(TokenKind.PASSWORD_RESET, token, now);
        if (!check.valid()) {
            return check.status();
        }
        Account account = check.token().getAccount();
        PasswordRule.check(newPassword, account.getEmail());
        String hash = hasher.hash(newPassword);
        AccountTokens.Check used = tokens.use(TokenKind.PASSWORD_RESET, token, now);
        if (used.valid()) {
            account.changePassword(hash);
        }
        return used.status();
    }
}
