package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import market.atelier.account.Account;
import market.atelier.account.AccountService;
import market.atelier.favourite.FavouriteService;
import market.atelier.messaging.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in security as a client on the wire sees it: a new session id at every sign-in, per-connection throttling
 * that cannot lock a victim out, sign-up that does not say which addresses have accounts, a password change that
 * ends the account's other sessions, security headers (on cached pages too) and the favourites redirect that stays
 * on this site. Distinct clients are simulated with X-Forwarded-For: the test server trusts 127.0.0.1 as a proxy.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String PASSWORD = "granulated gold beads";

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(SecurityIT.class, PageClient.class, FormClient.class, Http.class, Fixtures.class,
                AsShopper.class, AsShopper.ThrowingRunnable.class);
    }

    @ArquillianResource
    private URL base;

    @Inject
    private AccountService accounts;

    @Inject
    private FavouriteService favourites;

    @Inject
    private AsShopper asShopper;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private static String newEmail(String who) {
        return who + "-" + UUID.randomUUID() + "@it.atelier";
    }

    /** A made-up client address, different on every call (and every run: the test database outlives a run). */
    private static String someClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private Account account(String who) {
        return accounts.signUp(newEmail(who), "Zoë Łukasz-Müßig – " + who, PASSWORD);
    }

    private PageClient client() {
        return PageClient.anonymous(base).from(someClient());
    }

    private String path(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** Whether a request carrying only this session id is signed in (the account page opens instead of sign-in). */
    private boolean signedIn(String sessionId) {
        return Http.get(base, "/account/orders", "Cookie", "JSESSIONID=" + sessionId).statusCode() == 200;
    }

    private void assertRenewed(String before, PageClient client) {
        assertNotNull(before, "a session before signing in");
        String after = client.sessionId();
        assertNotEquals(before, after, "a new session id after signing in");
        assertFalse(signedIn(before), "the old session id is not signed in");
        assertTrue(signedIn(after), "the new one is");
    }

    // Point 4: session fixation.

    @Test
    void signingInFromTheSignInPageGivesANewSessionId() {
        Account account = account("direct");
        PageClient client = client();
        client.get("/login");
        String before = client.sessionId();
        assertEquals(302, client.signIn(account.getEmail(), PASSWORD).statusCode());
        assertRenewed(before, client);
    }

    @Test
    void signingInAfterAProtectedPageSentUsToSignInGivesANewSessionId() {
        Account account = account("continue");
        PageClient client = client();
        HttpResponse<String> protectedPage = client.get("/account/orders");
        assertTrue(path(protectedPage).contains("/login"), path(protectedPage));
        client.get("/login");
        String before = client.sessionId();
        HttpResponse<String> signedIn = client.signIn(account.getEmail(), PASSWORD);
        assertTrue(path(signedIn).endsWith("/account/orders"), "back to the page asked for: " + path(signedIn));
        assertRenewed(before, client);
        assertEquals(200, client.follow(signedIn).statusCode());
    }

    @Test
    void signingUpGivesANewSessionId() {
        PageClient client = client();
        client.get("/signup");
        String before = client.sessionId();
        HttpResponse<String> response = client.submit("/signup", "signup",
                Map.of("name", "Zoë Müller–Łęcka", "email", newEmail("signup"), "password", PASSWORD));
        assertEquals(302, response.statusCode(), response.body());
        assertRenewed(before, client);
    }

    @Test
    void signingUpAfterAProtectedPageSentUsToSignInGivesANewSessionIdAndOpensThatPage() {
        PageClient client = client();
        assertTrue(path(client.get("/account/orders")).contains("/login"));
        client.get("/signup");
        String before = client.sessionId();
        HttpResponse<String> signedUp = client.submit("/signup", "signup",
                Map.of("name", "Ærøskøbing Smykker – Ørsted", "email", newEmail("signup-continue"), "password", PASSWORD));
        assertTrue(path(signedUp).endsWith("/account/orders"), "back to the page asked for: " + path(signedUp));
        assertRenewed(before, client);
        assertEquals(200, client.follow(signedUp).statusCode());
    }

    @Test
    void aFavouriteClickedSignedOutIsSavedAfterSignInWithANewSessionId() throws Exception {
        Account account = account("heart");
        tx.begin();
        Account maker = Fixtures.account(em, newEmail("maker"));
        long piece = Fixtures.piece(em, Fixtures.shop(em, maker, "Heart Studio " + UUID.randomUUID()),
                "Ring", 5_000, 1, true).getId();
        tx.commit();
        PageClient client = client();
        HttpResponse<String> click = client.post("/account/favourites/save",
                Map.of("listing", String.valueOf(piece), "action", "save", "back", "/listings/" + piece));
        assertTrue(path(click).contains("/login"), path(click));
        client.get("/login");
        String before = client.sessionId();
        HttpResponse<String> signedIn = client.signIn(account.getEmail(), PASSWORD);
        assertTrue(path(signedIn).endsWith("/account/favourites/save"), path(signedIn));
        assertRenewed(before, client);
        HttpResponse<String> replayed = client.follow(signedIn);
        assertTrue(path(replayed).endsWith("/listings/" + piece), "back where the heart was clicked: " + path(replayed));
        assertEquals(java.util.List.of(piece), asShopper.call(() -> favourites.savedPieceIds(account.getId())));
    }

    // Point 9: changing the password ends the other sessions, keeps (and renews) this one.

    @Test
    void changingThePasswordSignsOutTheAccountsOtherSessionsButNotThisOne() {
        Account account = account("changer");
        PageClient mine = PageClient.signedIn(base, account.getEmail(), PASSWORD).from(someClient());
        PageClient other = PageClient.signedIn(base, account.getEmail(), PASSWORD).from(someClient());
        assertEquals(200, other.get("/account/orders").statusCode());
        String before = mine.sessionId();

        HttpResponse<String> changed = mine.submit("/account/password", "password",
                Map.of("current", PASSWORD, "new", "a brand new silver phrase"));
        assertTrue(changed.body().contains("Your password is changed"), changed.body());

        HttpResponse<String> otherNext = other.get("/account/orders");
        assertEquals(3, otherNext.statusCode() / 100, "the other session is signed out");
        assertTrue(path(other.follow(otherNext)).contains("/login"), "and asked to sign in again");
        assertEquals(200, mine.get("/account/orders").statusCode(), "this session stays signed in");
        assertNotEquals(before, mine.sessionId(), "with a new session id");
        assertFalse(signedIn(before));
    }

    // Point 6: throttling per client, not per account.

    @Test
    void failuresFromAnAttackersConnectionDoNotLockTheVictimOut() {
        Account victim = account("victim");
        PageClient attacker = client();
        for (int i = 0; i < 10; i++) {
            assertTrue(attacker.signIn(victim.getEmail(), "wrong guess " + i).body().contains("do not match"));
        }
        String refused = attacker.signIn(victim.getEmail(), PASSWORD).body();
        assertTrue(refused.contains("Too many attempts"), "the attacker's connection is refused even the right password");

        HttpResponse<String> own = client().signIn(victim.getEmail(), PASSWORD);
        assertEquals(302, own.statusCode(), "the victim signs in from their own connection");
    }

    @Test
    void oneConnectionGuessingAcrossManyAccountsIsRefusedWithAClearMessage() {
        Account sprayed = account("sprayed");
        String address = someClient();
        for (int i = 0; i < 20; i++) {
            PageClient.anonymous(base).from(address).signIn(newEmail("spray" + i), "Summer2026!");
        }
        String refused = PageClient.anonymous(base).from(address).signIn(sprayed.getEmail(), PASSWORD).body();
        assertTrue(refused.contains("Too many attempts from your connection"), "the spraying connection is refused");
        assertEquals(302, client().signIn(sprayed.getEmail(), PASSWORD).statusCode(), "other connections are not");
    }

    // Point 9: sign-up does not say whether an address has an account.

    @Test
    void signingUpWithAnAddressThatHasAnAccountDoesNotSaySo() {
        Account existing = account("existing");
        HttpResponse<String> taken = client().submit("/signup", "signup",
                Map.of("name", "Józef Gößling", "email", existing.getEmail(), "password", "some other long phrase"));
        assertEquals(200, taken.statusCode());
        assertFalse(taken.body().contains("already exists"), "the page does not say the address has an account");
        assertTrue(taken.body().contains("We could not create an account"), "a neutral message");

        HttpResponse<String> own = client().submit("/signup", "signup",
                Map.of("name", "Józef Gößling", "email", existing.getEmail(), "password", PASSWORD));
        assertEquals(302, own.statusCode(), "the owner's own password signs in, as a new sign-up would");
    }

    // Point 9: headers and the favourites redirect.

    @Test
    void pagesCarrySecurityHeadersAlsoWhenServedFromThePageCache() {
        for (String page : new String[] {"/", "/", "/login", "/search?q=ring", "/search?q=ring"}) {
            HttpResponse<String> response = Http.get(base, page);
            var headers = response.headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            for (String directive : new String[] {"default-src 'self'", "img-src 'self' data: blob:",
                    "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"}) {
                assertTrue(csp.contains(directive), page + ": " + directive + " in " + csp);
            }
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), page);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), page);
            assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(""), page);
            assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "no HSTS without secure cookies");
        }
    }

    @Test
    void theFavouritesRedirectNeverLeavesTheSite() throws Exception {
        Account account = account("redirect");
        tx.begin();
        long piece = Fixtures.piece(em, Fixtures.shop(em, Fixtures.account(em, newEmail("maker")),
                "Redirect Studio " + UUID.randomUUID()), "Brooch", 5_000, 1, true).getId();
        tx.commit();
        PageClient client = PageClient.signedIn(base, account.getEmail(), PASSWORD);
        String home = new URL(base, "").getPath();
        for (String back : new String[] {"/\t/evil.example", "//evil.example", "/\\evil.example", "/%09/evil.example",
                "https://evil.example/", "/\n/evil.example"}) {
            HttpResponse<String> response = client.post("/account/favourites/save",
                    Map.of("listing", String.valueOf(piece), "action", "save", "back", back));
            assertEquals(303, response.statusCode());
            assertEquals(home, path(response), "back=" + back.replace("\t", "\\t").replace("\n", "\\n"));
        }
    }
}
