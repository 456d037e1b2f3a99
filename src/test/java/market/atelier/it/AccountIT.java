package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;
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

/** Accounts: how passwords are stored, the password rule, and the sign-in throttle (per client, with its clock given). */
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

    @Inject
    private LoginThrottle throttle;

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

        Account first = accounts.signUp(email, "First", GOOD_PASSWORD);
        assertEquals("account.signup.emailTaken", assertThrows(AccountException.class,
                () -> accounts.signUp(email.toUpperCase(), "Second", GOOD_PASSWORD)).getMessageKey());
        assertTrue(accounts.open(email, "Third", "another long phrase").isEmpty(), "the page's sign-up creates nothing");
        assertEquals(first.getPasswordHash(), accounts.byEmail(email).orElseThrow().getPasswordHash(), "nor changes it");
    }

    @Test
    void tenFailuresForOneAddressFromOneClientLockThatAddressForThatClientOnly() {
        String email = newEmail();
        Instant start = Instant.parse("2026-01-10T10:00:00Z").plusSeconds(new Random().nextInt(1_000_000));
        String attacker = "attacker-" + UUID.randomUUID();
        for (int i = 0; i < LoginThrottle.PAIR_MAX; i++) {
            assertTrue(throttle.lock(email, attacker, start.plusSeconds(i)).isEmpty(), "not yet locked at " + i);
            throttle.record(email, attacker, start.plusSeconds(i));
        }
        Instant now = start.plusSeconds(60);
        LoginThrottle.Lock lock = throttle.lock(email.toUpperCase(), attacker, now).orElseThrow();
        assertFalse(lock.wholeClient(), "only this address, from this client");
        assertEquals(start.plus(LoginThrottle.WINDOW), lock.until(), "until the oldest failure is 15 minutes old");
        assertEquals(14, lock.minutesLeft(now));
        assertTrue(throttle.lock(email, "victim-" + UUID.randomUUID(), now).isEmpty(), "the owner's own connection");
        assertTrue(throttle.lock(newEmail(), attacker, now).isEmpty(), "other addresses from the same client");
        assertTrue(throttle.lock(email, attacker, start.plus(LoginThrottle.WINDOW).plusSeconds(1)).isEmpty(),
                "over after 15 minutes");
    }

    @Test
    void twentyFailuresFromOneClientAcrossManyAddressesLockThatClient() {
        Instant start = Instant.parse("2026-02-10T10:00:00Z").plusSeconds(new Random().nextInt(1_000_000));
        String sprayer = "sprayer-" + UUID.randomUUID();
        for (int i = 0; i < LoginThrottle.CLIENT_MAX; i++) {
            throttle.record(newEmail(), sprayer, start.plusSeconds(i));
        }
        LoginThrottle.Lock lock = throttle.lock(newEmail(), sprayer, start.plusSeconds(30)).orElseThrow();
        assertTrue(lock.wholeClient(), "every address, from this client");
        assertTrue(throttle.lock(newEmail(), "other-" + UUID.randomUUID(), start.plusSeconds(30)).isEmpty());
    }

    @Test
    void anUnknownAddressIsThrottledTooSoTheLockRevealsNothing() {
        String email = "ghost-" + UUID.randomUUID() + "@it.atelier";
        String client = "guesser-" + UUID.randomUUID();
        Instant now = Instant.now();
        for (int i = 0; i < LoginThrottle.PAIR_MAX; i++) {
            throttle.record(email, client, now);
        }
        assertTrue(throttle.lock(email, client, now).isPresent());
        assertTrue(accounts.byEmail(email).isEmpty());
    }

    @Test
    void theIdentityStoreNamesTheAccountByIdWithItsRoles() {
        String email = newEmail();
        Account account = accounts.signUp(email, "Zoë Łukasiewicz", GOOD_PASSWORD);
        CredentialValidationResult ok = identityStore.validate(new UsernamePasswordCredential(email, GOOD_PASSWORD));
        assertEquals(CredentialValidationResult.Status.VALID, ok.getStatus());
        assertTrue(ok.getCallerGroups().contains("SHOPPER"));
        assertEquals(String.valueOf(account.getId()), ok.getCallerPrincipal().getName(), "the caller is the account id");
    }

    @Test
    void onlyASignedInPersonCanChangeAPassword() {
        Account account = accounts.signUp(newEmail(), "Anonymous Change", GOOD_PASSWORD);
        assertThrows(EJBAccessException.class,
                () -> accounts.changePassword(account.getId(), GOOD_PASSWORD, "another long phrase"));
        assertTrue(accounts.authenticate(account.getEmail(), GOOD_PASSWORD).isPresent(), "unchanged");
    }
}
