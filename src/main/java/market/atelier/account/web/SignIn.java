package market.atelier.account.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import market.atelier.account.Account;
import market.atelier.account.AccountService;
import market.atelier.account.LoginThrottle;
import market.atelier.shared.web.ClientAddress;
import market.atelier.shared.web.Messages;

/**
 * Signing in from a form (sign-in and sign-up): Jakarta Security checks the password. The session id is renewed
 * before, not after: when a protected page sent the visitor here, a successful check already answers with the
 * redirect back to that page (the response is then sent), and the session must not be the one it was before
 * either way. The account's session generation is remembered for {@link SessionGuard}.
 */
@RequestScoped
class SignIn {

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private FacesContext faces;

    /** Whether the throttle refuses this e-mail from this client now; if so, the page says for how long. */
    boolean refused(String email) {
        Instant now = Instant.now();
        Optional<LoginThrottle.Lock> lock = throttle.lock(email, client(), now);
        lock.ifPresent(l -> Messages.error(null, l.wholeClient() ? "account.login.throttledClient"
                : "account.login.throttled", l.minutesLeft(now)));
        return lock.isPresent();
    }

    /** Counts a sign-up like a failed sign-in: sign-up can test an address's password too. */
    void countSignUp(String email) {
        throttle.record(email, client(), Instant.now());
    }

    /** Counts a wrong current password (on a settings page) like a failed sign-in. */
    void countFailure(String email) {
        throttle.record(email, client(), Instant.now());
    }

    private String client() {
        return ClientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest());
    }

    AuthenticationStatus withPassword(String email, String password) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        renewSession(request);
        // Read before the check: a password changed meanwhile makes this sign-in fail or its session end.
        Optional<Account> account = accounts.byEmail(email);
        int generation = account.map(Account::getSessionGeneration).orElse(0);
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(email.trim(), new Password(password))));
        if (status == AuthenticationStatus.SUCCESS && account.isPresent()) {
            SessionGuard.signedIn(request.getSession(), account.get().getId(), generation);
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            SessionGuard.signedIn(request.getSession(), generation);
        }
        return status;
    }

    /** Whether the last {@link #withPassword} had the right password for an account an admin suspended. */
    boolean suspended() {
        return Boolean.TRUE.equals(((HttpServletRequest) faces.getExternalContext().getRequest())
                .getAttribute(market.atelier.account.AtelierIdentityStore.SUSPENDED));
    }

    /** A new session id for this session (its content stays); the old id no longer finds it. */
    static void renewSession(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    /** After a sign-in that did not continue to a saved page: to {@code continueTo} if local, else home. */
    void continueTo(String continueTo) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + SafeRedirect.localPath(continueTo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
