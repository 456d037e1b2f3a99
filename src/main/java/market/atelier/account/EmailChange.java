package market.atelier.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Locale;
import market.atelier.mail.MailBody;
import market.atelier.mail.MailKind;
import market.atelier.mail.MailOutbox;

/**
 * A new e-mail address, confirmed from a link mailed to it (valid 24 hours); the old address signs in until then
 * and is told once the change is made. Also the language of the account's mails.
 */
@Stateless
public class EmailChange {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AccountTokens tokens;

    @Inject
    private MailThrottle throttle;

    @Inject
    private MailOutbox outbox;

    /**
     * Mails a confirmation link to the new address after checking the current password; refuses (message key) a wrong
     * password, the same address, an address with an account, or too many requests.
     */
    @RolesAllowed("SHOPPER")
    public void request(long accountId, String newEmail, String currentPassword, String client) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException("account.password.currentWrong");
        }
        String address = Account.normalizeEmail(newEmail);
        if (address.equals(account.getEmail())) {
            throw new AccountException("account.email.same");
        }
        if (accounts.byEmail(address).isPresent()) {
            throw new AccountException("account.email.taken");
        }
        Instant now = Instant.now();
        if (!throttle.allow(TokenKind.EMAIL_CHANGE, account.getEmail(), client, now)) {
            throw new AccountException("account.email.throttled");
        }
        String token = tokens.issue(account, TokenKind.EMAIL_CHANGE, address, now);
        outbox.queue(MailBody.in(account.getLocale())
                .greeting(account.getDisplayName())
                .paragraph("mail.emailChange.body", address)
                .button("mail.emailChange.button", EmailVerification.link("/email/confirm", token))
                .paragraph("mail.emailChange.ignore")
                .to(address, MailKind.EMAIL_CHANGE, "mail.emailChange.subject"));
    }

    /** What the link is worth (and which address it confirms), without using it: the page asks before it acts. */
    @PermitAll
    public AccountTokens.Check check(String token) {
        return tokens.check(TokenKind.EMAIL_CHANGE, token, Instant.now());
    }

    /**
     * Uses the link: the account's address becomes the new one (verified), unless another account took it meanwhile
     * ({@link AccountException} "account.email.taken"; the link stays usable). The old address gets a notice.
     */
    @PermitAll
    public AccountTokens.Status confirm(String token) {
        Instant now = Instant.now();
        AccountTokens.Check check = tokens.check(TokenKind.EMAIL_CHANGE, token, now);
        if (!check.valid()) {
            return check.status();
        }
        String address = check.token().getNewEmail();
        if (accounts.byEmail(address).isPresent()) {
            throw new AccountException("account.email.taken");
        }
        AccountTokens.Check used = tokens.use(TokenKind.EMAIL_CHANGE, token, now);
        if (used.valid()) {
            Account account = check.token().getAccount();
            String old = account.getEmail();
            account.changeEmail(address, now);
            try {
                em.flush(); // the unique key: another account took the address this very moment
            } catch (PersistenceException taken) {
                throw new AccountException("account.email.taken"); // rolls back; the link stays usable
            }
            outbox.queue(MailBody.in(account.getLocale())
                    .greeting(account.getDisplayName())
                    .paragraph("mail.emailChanged.body", address)
                    .paragraph("mail.emailChanged.notYou")
                    .button("mail.emailChanged.button", market.atelier.shared.AtelierConfig.publicUrl()
                            + "/password/forgot")
                    .to(old, MailKind.EMAIL_CHANGED_NOTICE, "mail.emailChanged.subject"));
        }
        return used.status();
    }

    /** The language of the account's mails: English or German. */
    @RolesAllowed("SHOPPER")
    public void setLanguage(long accountId, Locale locale) {
        em.find(Account.class, accountId).setLocale(locale);
    }
}
