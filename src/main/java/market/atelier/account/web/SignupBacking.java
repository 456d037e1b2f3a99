package market.atelier.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
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
    private SignIn signIn;

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

    /**
     * Whether or not the address has an account, the same work is done (a password hashed and one checked) and
     * the page does not say: a new address gets its account and is signed in; an address with an account signs
     * in if the password is that account's, as a new sign-up would, and otherwise hears only that no account
     * could be created with these details. Each sign-up counts against the client like a failed sign-in.
     */
    public void submit() {
        if (signIn.refused(email)) {
            return;
        }
        Optional<Account> created;
        try {
            created = accounts.open(email, displayName, password, faces.getViewRoot().getLocale());
        } catch (AccountException e) {
            Messages.error(e.getMessageKey().contains("password") ? "signup:password" : "signup:email", e.getMessageKey());
            return;
        }
        AuthenticationStatus status = signIn.withPassword(email, password);
        if (status != AuthenticationStatus.SUCCESS && status != AuthenticationStatus.SEND_CONTINUE) {
            Messages.error(null, "account.signup.notCreated"); // counted as a failed sign-in already
            return;
        }
        signIn.countSignUp(email);
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete(); // back to the page that asked to sign in
            return;
        }
        String name = created.or(() -> accounts.byEmail(email)).map(Account::getDisplayName).orElse("");
        Messages.flashInfo(created.isPresent() ? "account.signup.welcomeVerify" : "account.signup.welcome", name,
                email.trim());
        signIn.continueTo(continueTo);
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
