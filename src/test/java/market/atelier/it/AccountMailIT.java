package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import market.atelier.account.Account;
import market.atelier.account.AccountException;
import market.atelier.account.AccountService;
import market.atelier.account.AccountTokens.Status;
import market.atelier.account.EmailChange;
import market.atelier.account.EmailVerification;
import market.atelier.account.PasswordReset;
import market.atelier.account.Tokens;
import market.atelier.mail.MailKind;
import market.atelier.mail.OutboxMail;
import market.atelier.shop.ShopException;
import market.atelier.shop.ShopService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Account mails in the server: the verification mail at sign-up, reset links (hashed, one hour, once, replaced by a
 * newer one, rate-limited, no answer that tells whether an address has an account) and the e-mail change.
 */
@ExtendWith(ArquillianExtension.class)
class AccountMailIT {

    private static final String PASSWORD = "lapis and silver wire";
    private static final Pattern TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_-]{43})");

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(AccountMailIT.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private EmailVerification verification;

    @Inject
    private PasswordReset reset;

    @Inject
    private EmailChange change;

    @Inject
    private ShopService shops;

    @Inject
    private AsShopper asShopper;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private UserTransaction tx;

    private static String newEmail(String who) {
        return who + "-" + UUID.randomUUID() + "@it.atelier";
    }

    private static String client() {
        return "test-" + UUID.randomUUID().toString().substring(0, 20);
    }

    /** The mails of this kind to this address, oldest first, waiting up to 10 s for at least {@code atLeast}. */
    private List<OutboxMail> mails(String to, MailKind kind, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            List<OutboxMail> found = em.createQuery("SELECT m FROM OutboxMail m WHERE m.to = :to AND m.kind = :kind"
                    + " ORDER BY m.id", OutboxMail.class).setParameter("to", to).setParameter("kind", kind)
                    .getResultList();
            if (found.size() >= atLeast || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(50); // reset mails are written in the background
        }
    }

    private static String token(OutboxMail mail) {
        Matcher matcher = TOKEN.matcher(mail.getText());
        assertTrue(matcher.find(), mail.getText());
        return matcher.group(1);
    }

    private Account reload(long id) {
        em.getEntityManagerFactory().getCache().evictAll();
        return accounts.byId(id).orElseThrow();
    }

    @Test
    void signingUpFromThePageMailsAVerificationLinkInThePagesLanguageAndOnlyItsHashIsStored() throws Exception {
        String email = newEmail("zoe");
        Account account = accounts.open(email, "Zoë Łukasiewicz", PASSWORD, Locale.GERMAN).orElseThrow();
        assertFalse(account.isEmailVerified());
        OutboxMail mail = mails(email, MailKind.VERIFY_EMAIL, 1).get(0);
        assertEquals("Bitte bestätigen Sie Ihre E-Mail-Adresse", mail.getSubject());
        assertTrue(mail.getText().startsWith("Hallo Zoë Łukasiewicz,"), mail.getText());
        assertTrue(mail.getHtml().contains("<html lang=\"de\""));
        assertTrue(mail.getText().contains("/email/verify?token="), mail.getText());
        String token = token(mail);

        List<?> stored = em.createNativeQuery("SELECT token_hash FROM account_token WHERE account_id = ?1")
                .setParameter(1, account.getId()).getResultList();
        assertEquals(List.of(Tokens.hash(token)), stored, "only the SHA-256 of the token is kept");
        assertNotEquals(token, stored.get(0));

        assertEquals(Status.VALID, verification.check(token).status());
        assertEquals(Status.VALID, verification.check(token).status(), "looking the link up does not use it");
        assertFalse(reload(account.getId()).isEmailVerified(), "nor verify the address");
        assertEquals(Status.VALID, verification.verify(token));
        assertTrue(reload(account.getId()).isEmailVerified());
        assertEquals(Status.VALID, verification.verify(token), "opened twice: the address is verified all the same");
        assertEquals(Status.UNKNOWN, verification.verify(Tokens.issue().clear()));
        assertEquals(Status.UNKNOWN, verification.verify("not a token'; DROP TABLE account;--"));
    }

    @Test
    void accountsMadeByFixturesCountAsVerifiedAndGetNoMail() throws Exception {
        String email = newEmail("fixture");
        assertTrue(accounts.signUp(email, "Fixture", PASSWORD).isEmailVerified());
        assertEquals(0, mails(email, MailKind.VERIFY_EMAIL, 0).size());
    }

    @Test
    void aShopCanBeOpenedOnlyWithAVerifiedAddress() throws Exception {
        String email = newEmail("maker");
        Account account = accounts.open(email, "Mara Maker", PASSWORD, Locale.ENGLISH).orElseThrow();
        ShopException refused = assertThrows(ShopException.class, () -> asShopper.call(() ->
                shops.open(account.getId(), ShopOwnershipIT.profile("Unverified Studio " + UUID.randomUUID()))));
        assertEquals("shop.open.unverified", refused.getMessageKey());
        assertEquals(Status.VALID, verification.verify(token(mails(email, MailKind.VERIFY_EMAIL, 1).get(0))));
        assertTrue(asShopper.call(() -> shops.open(account.getId(),
                ShopOwnershipIT.profile("Verified Studio " + UUID.randomUUID()))).getId() > 0);
    }

    @Test
    void aResetLinkWorksOnceWithinTheHourAndANewerLinkReplacesIt() throws Exception {
        String email = newEmail("reset");
        Account account = accounts.signUp(email, "Renée Øster", PASSWORD);
        String client = client();
        assertTrue(reset.request(email.toUpperCase(Locale.ROOT), client));
        String first = token(mails(email, MailKind.PASSWORD_RESET, 1).get(0));
        assertTrue(reset.request(email, client));
        List<OutboxMail> both = mails(email, MailKind.PASSWORD_RESET, 2);
        assertEquals(2, both.size());
        assertEquals("Choose a new Atelier password", both.get(1).getSubject());
        String second = token(both.get(1));
        assertEquals(Status.USED, reset.check(first), "a newer link replaces the older one");

        Instant expires = (Instant) em.createQuery("SELECT t.expiresAt FROM AccountToken t WHERE t.hash = :hash")
                .setParameter("hash", Tokens.hash(second)).getSingleResult();
        assertTrue(Duration.between(Instant.now(), expires).compareTo(Duration.ofMinutes(61)) < 0, "one hour");

        assertEquals("account.password.tooShort",
                assertThrows(AccountException.class, () -> reset.reset(second, "short")).getMessageKey());
        assertEquals(Status.VALID, reset.check(second), "a refused password leaves the link usable");
        int generation = account.getSessionGeneration();
        assertEquals(Status.VALID, reset.reset(second, "a brand new phrase – ß"));
        assertEquals(generation + 1, reload(account.getId()).getSessionGeneration(), "every session ends");
        assertTrue(accounts.authenticate(email, "a brand new phrase – ß").isPresent());
        assertTrue(accounts.authenticate(email, PASSWORD).isEmpty(), "the old password is refused");
        assertEquals(Status.USED, reset.reset(second, "yet another phrase"));
        assertTrue(accounts.authenticate(email, "a brand new phrase – ß").isPresent());
    }

    @Test
    void anExpiredResetLinkChangesNothing() throws Exception {
        String email = newEmail("expired");
        accounts.signUp(email, "Ex Pired", PASSWORD);
        assertTrue(reset.request(email, client()));
        String token = token(mails(email, MailKind.PASSWORD_RESET, 1).get(0));
        tx.begin();
        em.createQuery("UPDATE AccountToken t SET t.expiresAt = :past WHERE t.hash = :hash")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("hash", Tokens.hash(token))
                .executeUpdate();
        tx.commit();
        assertEquals(Status.EXPIRED, reset.check(token));
        assertEquals(Status.EXPIRED, reset.reset(token, "a brand new phrase"));
        assertTrue(accounts.authenticate(email, PASSWORD).isPresent());
    }

    @Test
    void twoUsesOfOneResetLinkAtOnceSucceedOnce() throws Exception {
        String email = newEmail("race");
        accounts.signUp(email, "Race", PASSWORD);
        assertTrue(reset.request(email, client()));
        String token = token(mails(email, MailKind.PASSWORD_RESET, 1).get(0));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Status>> uses = new ArrayList<>();
        for (String password : List.of("first new phrase here", "second new phrase here")) {
            uses.add(executor.submit(() -> {
                start.await();
                try {
                    return reset.reset(token, password);
                } catch (RuntimeException e) {
                    return Status.USED; // the loser's transaction may be refused by the database instead
                }
            }));
        }
        start.countDown();
        List<Status> outcomes = new ArrayList<>();
        for (Future<Status> use : uses) {
            outcomes.add(use.get());
        }
        assertEquals(1, outcomes.stream().filter(s -> s == Status.VALID).count(), outcomes.toString());
        boolean first = accounts.authenticate(email, "first new phrase here").isPresent();
        boolean second = accounts.authenticate(email, "second new phrase here").isPresent();
        assertTrue(first ^ second, "exactly one of the two passwords is the account's");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String known = newEmail("known");
        String unknown = newEmail("unknown");
        accounts.signUp(known, "Known", PASSWORD);
        String client = client();
        assertTrue(reset.request(unknown, client));
        assertTrue(reset.request(known, client));
        assertEquals(1, mails(known, MailKind.PASSWORD_RESET, 1).size());
        assertEquals(0, mails(unknown, MailKind.PASSWORD_RESET, 0).size());
    }

    @Test
    void resetRequestsAreLimitedPerAddressWhetherOrNotItHasAnAccount() {
        String unknown = newEmail("nobody");
        for (int i = 0; i < 3; i++) {
            assertTrue(reset.request(unknown, client()), "request " + (i + 1));
        }
        assertFalse(reset.request(unknown, client()), "a fourth within 15 minutes is refused");
        String client = client();
        for (int i = 0; i < 20; i++) {
            assertTrue(reset.request(newEmail("spray"), client));
        }
        assertFalse(reset.request(newEmail("spray"), client), "one client asking for many addresses is refused");
    }

    @Test
    void aNewAddressIsConfirmedFromAMailToItAndTheOldAddressIsTold() throws Exception {
        String old = newEmail("old");
        String fresh = newEmail("new");
        Account account = accounts.signUp(old, "Żaneta Müller", PASSWORD);
        assertEquals("account.password.currentWrong", assertThrows(AccountException.class, () -> asShopper.run(() ->
                change.request(account.getId(), fresh, "not my password", client()))).getMessageKey());
        String taken = accounts.signUp(newEmail("taken"), "Taken", PASSWORD).getEmail(); // no demo data on PostgreSQL
        assertEquals("account.email.taken", assertThrows(AccountException.class, () -> asShopper.run(() ->
                change.request(account.getId(), taken, PASSWORD, client()))).getMessageKey());
        asShopper.run(() -> change.request(account.getId(), fresh.toUpperCase(Locale.ROOT), PASSWORD, client()));

        OutboxMail mail = mails(fresh, MailKind.EMAIL_CHANGE, 1).get(0);
        assertEquals("Confirm your new e-mail address", mail.getSubject());
        assertTrue(mail.getText().contains("/email/confirm?token="));
        assertTrue(accounts.authenticate(old, PASSWORD).isPresent(), "the old address signs in until confirmed");

        String token = token(mail);
        assertEquals(fresh, change.check(token).token().getNewEmail(), "the page names the address it confirms");
        assertEquals(old, reload(account.getId()).getEmail(), "looking the link up changes nothing");
        assertEquals(Status.VALID, change.confirm(token));
        assertEquals(fresh, reload(account.getId()).getEmail());
        assertTrue(reload(account.getId()).isEmailVerified());
        assertTrue(accounts.authenticate(fresh, PASSWORD).isPresent());
        assertTrue(accounts.authenticate(old, PASSWORD).isEmpty());
        OutboxMail notice = mails(old, MailKind.EMAIL_CHANGED_NOTICE, 1).get(0);
        assertTrue(notice.getText().contains(fresh), notice.getText());
        assertEquals(Status.USED, change.confirm(token));
    }

    @Test
    void anAddressTakenBeforeTheConfirmationIsRefusedThen() throws Exception {
        String old = newEmail("slow");
        String wanted = newEmail("wanted");
        Account account = accounts.signUp(old, "Slow", PASSWORD);
        asShopper.run(() -> change.request(account.getId(), wanted, PASSWORD, client()));
        String token = token(mails(wanted, MailKind.EMAIL_CHANGE, 1).get(0));
        accounts.signUp(wanted, "Quick", PASSWORD);
        assertEquals("account.email.taken",
                assertThrows(AccountException.class, () -> change.confirm(token)).getMessageKey());
        assertEquals(old, reload(account.getId()).getEmail());
    }

    @Test
    void twoAccountsConfirmingTheSameNewAddressAtOnceGetItOnceAndTheOtherIsToldItIsTaken() throws Exception {
        String wanted = newEmail("contested");
        List<String> links = new ArrayList<>();
        for (String who : List.of("left", "right")) {
            Account account = accounts.signUp(newEmail(who), "Zoë " + who, PASSWORD);
            asShopper.run(() -> change.request(account.getId(), wanted, PASSWORD, client()));
        }
        for (OutboxMail mail : mails(wanted, MailKind.EMAIL_CHANGE, 2)) {
            links.add(token(mail));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> confirms = new ArrayList<>();
        for (String link : links) {
            confirms.add(executor.submit(() -> {
                start.await();
                try {
                    return String.valueOf(change.confirm(link));
                } catch (AccountException refused) {
                    return refused.getMessageKey();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> confirm : confirms) {
            outcomes.add(confirm.get()); // no other exception: never the error page
        }
        assertEquals(1, outcomes.stream().filter("VALID"::equals).count(), outcomes.toString());
        assertEquals(1, outcomes.stream().filter("account.email.taken"::equals).count(), outcomes.toString());
    }
}
