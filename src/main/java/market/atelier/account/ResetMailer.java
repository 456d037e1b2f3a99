package market.atelier.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import market.atelier.mail.MailBody;
import market.atelier.mail.MailKind;
import market.atelier.mail.MailOutbox;

/** Writes the reset mail after the request was answered, so that the answer takes as long for any address. */
@Stateless
@PermitAll
public class ResetMailer {

    @Inject
    private AccountService accounts;

    @Inject
    private AccountTokens tokens;

    @Inject
    private MailOutbox outbox;

    @Asynchronous
    public void sendLink(String email) {
        Optional<Account> found = accounts.byEmail(email);
        if (found.isEmpty()) {
            return; // nobody to tell, and nobody learns that
        }
        Account account = found.get();
        String token = tokens.issue(account, TokenKind.PASSWORD_RESET, null, Instant.now());
        outbox.queue(MailBody.in(account.getLocale())
                .greeting(account.getDisplayName())
                .paragraph("mail.reset.body")
                .button("mail.reset.button", EmailVerification.link("/password/reset", token))
                .paragraph("mail.reset.ignore")
                .to(account.getEmail(), MailKind.PASSWORD_RESET, "mail.reset.subject"));
    }
}
