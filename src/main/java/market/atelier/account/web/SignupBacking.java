package market.atelier.account.web;


import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

    public void submit() {
        try {
            accounts.signUp(email, displayName, password);
        } catch (AccountException e) {
            Messages.error(e.getMessageKey().contains("password") ? "signup:password" : "signup:email", e.getMessageKey());
            return;
        }
        signIn.withPassword(email, password);
        Messages.flashInfo("account.signup.welcome", displayName.trim());
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
