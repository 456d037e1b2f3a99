package market.atelier.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import market.atelier.account.Account;
import market.atelier.shared.web.Messages;
import org.omnifaces.cdi.Param;

/** The sign-in form at {@code /login}: Jakarta Security checks the credentials; we say what happened. */
@Named("login")
@RequestScoped
public class LoginBacking {

    @Inject
    private SignIn signIn;

    @Inject
    private FacesContext faces;

    @Inject
    @Param(name = "continue")
    private String continueTo;

    @NotBlank
    @Size(max = Account.EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void submit() {
        if (signIn.refused(email)) {
            return;
        }
        switch (signIn.withPassword(email, password)) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> signIn.continueTo(continueTo);
            default -> Messages.error(null, signIn.suspended() ? "account.login.suspended" : "account.login.failed");
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }
}
