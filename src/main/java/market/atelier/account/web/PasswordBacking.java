package market.atelier.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import market.atelier.account.AccountException;
import market.atelier.account.AccountService;
import market.atelier.account.PasswordRule;
import market.atelier.shared.web.Messages;

/**
 * {@code /account/password}: change the password, proving the current one. Every other session of the account
 * ends ({@link SessionGuard}); this one carries on under a new session id.
 */
@Named("passwordChange")
@RequestScoped
public class PasswordBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentAccount current;

    @Inject
    private HttpServletRequest request;

    @NotBlank
    @Size(max = 200)
    private String currentPassword;

    @NotBlank
    @Size(max = PasswordRule.MAX)
    private String newPassword;

    public void submit() {
        try {
            long accountId = current.get().orElseThrow().getId();
            int generation = accounts.changePassword(accountId, currentPassword, newPassword);
            SignIn.renewSession(request);
            SessionGuard.signedIn(request.getSession(), accountId, generation);
            Messages.info(null, "account.password.changed");
        } catch (AccountException e) {
            Messages.error(e.getMessageKey().equals("account.password.currentWrong") ? "password:current" : "password:new",
                    e.getMessageKey());
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
