package market.atelier.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import market.atelier.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** Signing up, in and out as a person would, including the mistakes people make. */
@RunAsClient
class SignInBrowserIT extends BrowserTestBase {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier();
    }


    private void fill(String id, String text) {
        d().findElement(By.id(id)).clear();
        d().findElement(By.id(id)).sendKeys(text);
    }

    private void submitSignIn(String email, String password) {
        fill("login:email", email);
        fill("login:password", password);
        browser.navigate(() -> d().findElement(By.id("login:submit")).click());
    }

    @Test
    void aVisitorSignsUpIsWelcomedSignsOutAndSignsInAgain() {
        String email = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String name = "Noémi Größ-Wałęsa – Nora 🌸";
        browser.open("/signup");
        type("signup:name", name);
        fill("signup:email", email);
        fill("signup:password", "short");
        browser.navigate(() -> d().findElement(By.id("signup:submit")).click());
        assertTrue(d().findElement(By.cssSelector("[id='signup:password'] ~ .ui-message-error, .ui-message-error"))
                .getText().contains("at least 10 characters"), "a weak password is explained next to the field");
        assertEquals(name, d().findElement(By.id("signup:name")).getAttribute("value"), "nothing typed is lost");
        browser.screenshot("signup-error");

        fill("signup:password", "three silver rings");
        browser.navigate(() -> d().findElement(By.id("signup:submit")).click());
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("Welcome to Atelier, " + name));
        assertEquals(name, d().findElement(By.cssSelector(".account-menu__name")).getText());
        browser.screenshot("signup-welcome-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("signup-welcome-phone");
        browser.resize(Browser.DESKTOP);
        Cookie session = d().manage().getCookieNamed("JSESSIONID");
        assertNotNull(session);
        assertTrue(session.isHttpOnly(), "the session cookie is not readable by scripts");
        assertEquals("Lax", session.getSameSite());

        browser.open("/logout");
        browser.navigate(() -> d().findElement(By.id("logout:submit")).click());
        assertTrue(d().findElements(By.cssSelector(".account-menu")).isEmpty(), "signed out");

        browser.open("/login");
        submitSignIn(email, "three silver ringz");
        assertTrue(d().findElement(By.cssSelector(".notice--error")).getText().contains("do not match"));
        assertEquals(email, d().findElement(By.id("login:email")).getAttribute("value"));
        submitSignIn(email, "three silver rings");
        assertEquals(name, d().findElement(By.cssSelector(".account-menu__name")).getText(), "the name as typed");
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        browser.open("/login");
        Cookie before = d().manage().getCookieNamed("JSESSIONID");
        assertNotNull(before, "the sign-in form has a session");
        submitSignIn("shopper@demo.atelier", "atelier-demo");
        Cookie after = d().manage().getCookieNamed("JSESSIONID");
        assertNotEquals(before.getValue(), after.getValue());
    }

    @Test
    void aProtectedPageAsksToSignInAndThenOpens() {
        browser.open("/account/password");
        assertTrue(d().getCurrentUrl().contains("/login"), d().getCurrentUrl());
        browser.screenshot("login-desktop");
        submitSignIn("shopper@demo.atelier", "atelier-demo");
        assertTrue(d().getCurrentUrl().endsWith("/account/password"), d().getCurrentUrl());
        assertEquals("Sam Shopper", d().findElement(By.cssSelector(".account-menu__name")).getText());
        browser.resize(Browser.PHONE);
        assertTrue(browser.fitsWidth());
        browser.screenshot("password-phone");
    }

    @Test
    void aShopperCannotOpenTheVerifierQueue() {
        browser.open("/login");
        submitSignIn("shopper@demo.atelier", "atelier-demo");
        browser.open("/verify");
        assertTrue(d().findElement(By.cssSelector(".error-page__title")).getText().contains("could not find"),
                "forbidden looks like not found");
    }

    @Test
    void tenWrongPasswordsLockTheAddressWithAClearMessageThatRevealsNothing() {
        String email = "guesser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        browser.newClient();
        browser.open("/login");
        for (int i = 0; i < 10; i++) {
            submitSignIn(email, "wrong guess number " + i);
            assertTrue(d().findElement(By.cssSelector(".notice--error")).getText().contains("do not match"));
        }
        submitSignIn(email, "wrong guess number 11");
        String message = d().findElement(By.cssSelector(".notice--error")).getText();
        assertTrue(message.contains("Too many attempts"), message);
        assertTrue(!message.contains("exist"), "the message does not say whether the account exists");
        browser.screenshot("login-throttled");
        browser.newClient(); // the other tests sign in from a connection that has not failed ten times
    }

    @Test
    void signingUpWithAnAddressThatHasAnAccountDoesNotSaySo() {
        browser.open("/signup");
        fill("signup:name", "Zoë Łukasz-Müßig");
        fill("signup:email", "shopper@demo.atelier");
        fill("signup:password", "not the right phrase – ß");
        browser.navigate(() -> d().findElement(By.id("signup:submit")).click());
        String message = d().findElement(By.cssSelector(".notice--error")).getText();
        assertTrue(message.contains("We could not create an account with these details"), message);
        assertTrue(!message.contains("exists"), "nothing says the address has an account");
        assertEquals("shopper@demo.atelier", d().findElement(By.id("signup:email")).getAttribute("value"), "nothing typed is lost");
        assertTrue(d().findElements(By.cssSelector(".account-menu")).isEmpty(), "not signed in");
        browser.screenshot("signup-not-created-desktop");
        browser.resize(Browser.PHONE);
        assertTrue(browser.fitsWidth());
        browser.screenshot("signup-not-created-phone");
    }

    @Test
    void primeFacesPagesWorkUnderTheContentSecurityPolicy() {
        browser.recordCspViolations();
        signIn("artisan@demo.atelier", "atelier-demo");
        assertEquals(List.of(), browser.cspViolations(), "sign-in");
        browser.open("/seller/listings");
        browser.navigate(() -> d().findElement(By.cssSelector("a[href*='/seller/listing/edit?id=']")).click());
        // An upload the editor refuses: PrimeFaces' upload and AJAX update run, and the demo piece stays as it was.
        upload("listing:photo", TestFiles.textRenamedJpg());
        browser.until(x -> x.getPageSource().contains("not a JPEG or PNG photo"));
        assertEquals(List.of(), browser.cspViolations(), "listing editor with a photo upload");

        signIn("verifier@demo.atelier", "atelier-demo");
        browser.open("/verify/");
        assertTrue(d().findElement(By.cssSelector(".seller-page__header")).isDisplayed());
        assertEquals(List.of(), browser.cspViolations(), "verifier queue");
        browser.navigate(() -> d().findElement(By.cssSelector("a[href*='/verify/review?id=']")).click());
        assertTrue(d().findElements(By.cssSelector(".review-item")).size() > 0, "an application to review");
        assertEquals(List.of(), browser.cspViolations(), "verifier review page");
    }
}
