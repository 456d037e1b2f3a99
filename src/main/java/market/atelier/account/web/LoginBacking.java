package market.atelier.account.web;


import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import market.atelier.account.Account;
import market.atelier.account.LoginThrottle;
import market.atelier.shared.web.Messages;
import org.omnifaces.cdi.Param;

/** The sign-in form at {@code /login}: Jakarta Security checks the credentials; we say what happened. */
@Named("login")
@RequestScoped
public class LoginBacking {

    @Inject
    private SignIn signIn;

    @Inject
    private LoginThrottle throttle;

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
        Instant now = Instant.now();
        Optional<Instant> locked = throttle.lockedUntil(email, now);
        if (locked.isPresent()) {
            Messages.error(null, "account.login.throttled", Duration.between(now, locked.get()).toMinutes() + 1);
            return;
        }
        switch (signIn.withPassword(email, password)) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> signIn.continueTo(continueTo);
            default -> Messages.error(null, "account.login.failed");
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
