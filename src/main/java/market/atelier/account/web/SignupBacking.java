package market.atelier.account.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import market.atelier.account.Account;
import market.atelier.account.AccountException;
import market.atelier.account.AccountService;
import market.atelier.account.PasswordRule;
import market.atelier.shared.web.Messages;
import org.omnifaces.cdi.Param;

/** {@code /signup}: a new shopper account, signed in straight away. */
@Named("signup")
@RequestScoped
public class SignupBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @Inject
    @Param(name = "continue")
    private String continueTo;

    @NotBlank
    @Size(max = Account.NAME_MAX)
    private String displayName;

    @NotBlank
    @Email
    @Size(max = Account.EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = PasswordRule.MAX)
    private String password;

    public void submit() throws IOException {
        try {
            accounts.signUp(email, displayName, password);
        } catch (AccountException e) {
            Messages.error(e.getMessageKey().contains("password") ? "signup:password" : "signup:email", e.getMessageKey());
            return;
        }
        ExternalContext external = faces.getExternalContext();
        security.authenticate((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new UsernamePasswordCredential(email.trim(), new Password(password))));
        ((HttpServletRequest) external.getRequest()).changeSessionId();
        Messages.flashInfo("account.signup.welcome", displayName.trim());
        external.redirect(external.getRequestContextPath() + SafeRedirect.localPath(continueTo));
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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
