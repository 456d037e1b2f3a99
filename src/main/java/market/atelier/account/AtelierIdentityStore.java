package market.atelier.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks e-mail and password against Atelier's accounts table. The caller's name is the account id; the
 * groups are the account's roles. Throttled addresses are refused without even checking the password.
 */
@ApplicationScoped
public class AtelierIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private LoginThrottle throttle;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = credential.getCaller();
        Instant now = Instant.now();
        if (email == null || email.isBlank() || throttle.lockedUntil(email, now).isPresent()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<Account> account = accounts.authenticate(email, credential.getPasswordAsString());
        if (account.isEmpty()) {
            throttle.recordFailure(email, now);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(new CallerPrincipal(String.valueOf(account.get().getId())),
                AccountService.groups(account.get()));
    }
}
