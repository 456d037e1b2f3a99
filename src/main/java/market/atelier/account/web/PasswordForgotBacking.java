package market.atelier.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import market.atelier.account.Account;
import market.atelier.account.PasswordReset;
import market.atelier.shared.web.ClientAddress;
import market.atelier.shared.web.Messages;

/** {@code /password/forgot}: asks for a reset link. The answer is the same whether or not the address has an account. */
@Named("forgot")
@RequestScoped
public class PasswordForgotBacking {

    @Inject
    private PasswordReset reset;

    @Inject
    private HttpServletRequest request;

    @NotBlank
    @Email
    @Size(max = Account.EMAIL_MAX)
    private String email;

    private boolean sent;

    public void submit() {
        if (!reset.request(email, ClientAddress.of(request))) {
            Messages.error(null, "account.forgot.throttled");
            return;
        }
        sent = true;
        Messages.info(null, "account.forgot.sent", email.trim());
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
