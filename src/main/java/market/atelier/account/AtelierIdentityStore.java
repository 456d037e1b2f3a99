package market.atelier.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import market.atelier.shared.web.ClientAddress;

/**
 * Checks e-mail and password against Atelier's accounts table. The caller's name is the account id; the
 * groups are the account's roles. A client the throttle refuses is refused without even checking the password;
 * failures count against the client that sent them ({@link LoginThrottle}).
 */
@ApplicationScoped
public class AtelierIdentityStore implements IdentityStore {

    /**
     * Request attribute set when the password was right but an admin suspended the account: the sign-in page then
     * says so (only after the right password, so it tells nobody else whether the address has an account).
     */
    public static final String SUSPENDED = "atelier.signIn.suspended";

    @Inject
    private AccountService accounts;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = credential.getCaller();
        Instant now = Instant.now();
        String client = ClientAddress.of(request);
        if (email == null || email.isBlank() || throttle.lock(email, client, now).isPresent()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<Account> account = accounts.authenticate(email, credential.getPasswordAsString());
        if (account.isEmpty()) {
            throttle.record(email, client, now);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (account.get().isSuspended()) {
            request.setAttribute(SUSPENDED, Boolean.TRUE);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return signedIn(account.get());
    }

    /**
     * The caller and groups of a session that signed in as this account under this session generation, read from the
     * account as it is now; invalid when the account is gone or changed its password since (no password is checked:
     * the caller is a session that signed in on another server, see {@code account.web.ResumeSignIn}).
     */
    public CredentialValidationResult resume(long accountId, int generation) {
        return accounts.byId(accountId).filter(account -> account.getSessionGeneration() == generation)
                .filter(account -> !account.isSuspended())
                .map(AtelierIdentityStore::signedIn).orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult signedIn(Account account) {
        return new CredentialValidationResult(new CallerPrincipal(String.valueOf(account.getId())),
                AccountService.groups(account));
    }
}
