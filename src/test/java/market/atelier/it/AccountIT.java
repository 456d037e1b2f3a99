package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Base64;
import java.util.UUID;
import market.atelier.account.Account;
import market.atelier.account.AccountException;
import market.atelier.account.AccountService;
import market.atelier.account.AtelierIdentityStore;
import market.atelier.account.LoginThrottle;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts: how passwords are stored, the password rule, and the sign-in throttle. */
@ExtendWith(ArquillianExtension.class)
class AccountIT {

    private static final String GOOD_PASSWORD = "granulated gold beads";

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(AccountIT.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private AtelierIdentityStore identityStore;

    private static String newEmail() {
        return "account-" + UUID.randomUUID() + "@it.atelier";
    }

    @Test
    void passwordsAreStoredAsPbkdf2HmacSha256WithAtLeast210000Iterations() {
        Account account = accounts.signUp(newEmail(), "Hash Check", GOOD_PASSWORD);
        String[] parts = account.getPasswordHash().split(":");
        assertEquals(4, parts.length, account.getPasswordHash());
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000, "iterations " + parts[1]);
        assertTrue(Base64.getDecoder().decode(parts[2]).length >= 16, "a real salt");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        assertFalse(account.getPasswordHash().contains(GOOD_PASSWORD));
    }

    @Test
    void theRightPasswordSignsInAndAWrongOneDoesNot() {
        String email = newEmail();
        accounts.signUp(email, "Sign In", GOOD_PASSWORD);
        assertTrue(accounts.authenticate(email.toUpperCase(), GOOD_PASSWORD).isPresent(), "e-mail is case-insensitive");
        assertTrue(accounts.authenticate(email, "granulated gold bead").isEmpty());
        assertTrue(accounts.authenticate("nobody-" + email, GOOD_PASSWORD).isEmpty());
    }

    @Test
    void weakPasswordsAndTakenAddressesAreRefusedAndNothingIsSaved() {
        String email = newEmail();
        assertEquals("account.password.tooShort",
                assertThrows(AccountException.class, () -> accounts.signUp(email, "Weak", "short")).getMessageKey());
        assertEquals("account.password.tooCommon",
                assertThrows(AccountException.class, () -> accounts.signUp(email, "Weak", "password123")).getMessageKey());
        assertEquals("account.password.containsEmail", assertThrows(AccountException.class,
                () -> accounts.signUp(email, "Weak", email.split("@")[0] + "!")).getMessageKey());
        assertTrue(accounts.byEmail(email).isEmpty(), "no account was created");

        accounts.signUp(email, "First", GOOD_PASSWORD);
        assertEquals("account.signup.emailTaken", assertThrows(AccountException.class,
                () -> accounts.signUp(email.toUpperCase(), "Second", GOOD_PASSWORD)).getMessageKey());
    }

    @Test
    void tenFailuresWithinFifteenMinutesLockTheAddressEvenForTheRightPassword() {
        String email = newEmail();
        Account account = accounts.signUp(email, "Throttled", GOOD_PASSWORD);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertEquals(CredentialValidationResult.Status.INVALID,
                    identityStore.validate(new UsernamePasswordCredential(email, "wrong password " + i)).getStatus());
        }
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential(email, GOOD_PASSWORD)).getStatus(),
                "locked: even the right password is refused");

        String other = newEmail();
        Account otherAccount = accounts.signUp(other, "Not throttled", GOOD_PASSWORD);
        CredentialValidationResult ok = identityStore.validate(new UsernamePasswordCredential(other, GOOD_PASSWORD));
        assertEquals(CredentialValidationResult.Status.VALID, ok.getStatus(), "other addresses are unaffected");
        assertTrue(ok.getCallerGroups().contains("SHOPPER"));
        assertEquals(String.valueOf(otherAccount.getId()), ok.getCallerPrincipal().getName(), "the caller is the account id");
        assertTrue(accounts.byId(account.getId()).isPresent());
    }

    @Test
    void anUnknownAddressIsThrottledTooSoTheLockRevealsNothing() {
        String email = "ghost-" + UUID.randomUUID() + "@it.atelier";
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            identityStore.validate(new UsernamePasswordCredential(email, "guess " + i));
        }
        assertTrue(accounts.byEmail(email).isEmpty());
    }

    @Test
    void onlyASignedInPersonCanChangeAPassword() {
        Account account = accounts.signUp(newEmail(), "Anonymous Change", GOOD_PASSWORD);
        assertThrows(EJBAccessException.class,
                () -> accounts.changePassword(account.getId(), GOOD_PASSWORD, "another long phrase"));
        assertTrue(accounts.authenticate(account.getEmail(), GOOD_PASSWORD).isPresent(), "unchanged");
    }
}
