package market.atelier.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import market.atelier.account.AccountException;
import market.atelier.account.AccountTokens.Status;
import market.atelier.account.PasswordReset;
import market.atelier.account.PasswordRule;
import market.atelier.shared.web.Messages;
import org.omnifaces.cdi.Param;

/**
 * {@code /password/reset?token=…}: a new password, typed twice, for the account whose link this is. A used, expired or
 * unknown link gets a page that says so and offers a new one. After the reset every session of the account has ended;
 * the person signs in with the new password.
 */
@Named("passwordReset")
@ViewScoped
public class PasswordResetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordReset reset;

    @Inject
    @Param(name = "token")
    private String token;

    private Status status;

    @NotBlank
    @Size(max = PasswordRule.MAX)
    private String newPassword;

    @NotBlank
    @Size(max = PasswordRule.MAX)
    private String repeat;

    @PostConstruct
    void load() {
        status = reset.check(token);
    }

    public void submit() {
        if (!newPassword.equals(repeat)) {
            Messages.error("reset:repeat", "account.reset.mismatch");
            return;
        }
        try {
            status = reset.reset(token, newPassword);
        } catch (AccountException e) {
            Messages.error("reset:new", e.getMessageKey());
            return;
        }
        if (status == Status.VALID) {
            Messages.flashInfo("account.reset.done");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            try {
                external.redirect(external.getRequestContextPath() + "/login");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** VALID, USED, EXPIRED or UNKNOWN: the page shows the form only for a valid link. */
    public String getStatus() {
        return status.name();
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
