package market.atelier.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import market.atelier.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

/**
 * The account mails as people meet them: the verification link after sign-up (banner, send again, opening a shop),
 * a forgotten password reset from the mail (every session ends; the link works once, not after it expired; an
 * unknown address hears the same), and an e-mail change confirmed from the new address. Mails are read from the
 * outbox through the test deployment ({@link Mailbox}).
 */
@RunAsClient
class AccountMailBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = "garnets in a row – ß";
    private static final String NAME = "Zoë Łukasiewicz";

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier();
    }

    private static String newEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String text(String css) {
        return browser.until(x -> {
            var found = x.findElements(By.cssSelector(css));
            return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0).getText();
        });
    }

    private static void signUp(String email) {
        browser.open("/signup");
        type("signup:name", NAME);
        type("signup:email", email);
        type("signup:password", PASSWORD);
        browser.navigate(() -> byId("signup:submit").click());
    }

    private static void askForReset(String email) {
        browser.open("/password/forgot");
        type("forgot:email", email);
        browser.ajax(() -> byId("forgot:submit").click());
    }

    @Test
    void aNewcomerConfirmsTheAddressFromTheMailAndTheBannerGoes() {
        String email = newEmail("zoe");
        signUp(email);
        assertTrue(text(".notice--info").contains("We sent a link to " + email), text(".notice--info"));
        assertTrue(byId("verify-banner").getText().contains(email));
        assertEquals(NAME, d().findElement(By.cssSelector(".account-menu__name")).getText());
        Mailbox.Mail first = Mailbox.latest(base, email, "VERIFY_EMAIL");
        assertEquals("Please confirm your e-mail address", first.subject());
        assertEquals("en", first.lang());
        assertTrue(first.text().startsWith("Hello " + NAME + ","), first.text());
        assertTrue(first.link().startsWith("/email/verify?token="), first.link());
        assertTrue(browser.screenshotsFit("verify-banner"));

        // Opening a shop waits for the address.
        browser.open("/seller/shop");
        assertTrue(byId("shop-unverified").getText().contains("confirm your e-mail address first"));
        assertTrue(d().findElements(By.id("shop:name")).isEmpty(), "no shop form yet");
        browser.screenshot("seller-shop-unverified-desktop");

        // Send again: a new link, and the first one no longer works.
        browser.navigate(() -> byId("verify-resend").click());
        assertTrue(text(".notice--info").contains("We have sent a new link"), text(".notice--info"));
        assertTrue(byId("current-email").getText().contains("not confirmed yet"));
        Mailbox.Mail second = Mailbox.latest(base, email, "VERIFY_EMAIL", first.id());
        assertNotEquals(first.link(), second.link());
        browser.open(first.link());
        assertTrue(text("#link-problem").contains("already been used, or a newer link replaced it"));
        browser.open(second.link());
        assertTrue(text("#ask").contains("confirm that " + email + " is your e-mail address"), text("#ask"));
        assertTrue(browser.screenshotsFit("email-verify-ask"));
        browser.open("/account/email");
        assertTrue(byId("current-email").getText().contains("not confirmed yet"),
                "opening the link (as a mail scanner would) confirms nothing");
        confirmFromMail(second.link());
        assertTrue(text("#link-done").contains("your e-mail address is confirmed"));
        assertTrue(d().findElements(By.id("verify-banner")).isEmpty(), "the banner is gone");
        browser.screenshot("email-verified-desktop");
        browser.open("/seller/shop");
        assertTrue(d().findElements(By.id("shop-unverified")).isEmpty());
        assertTrue(byId("shop:name").isDisplayed(), "the shop can be opened now");
    }

    @Test
    void aGermanSignUpGetsAGermanMail() {
        String email = newEmail("jorg");
        browser.open("/signup?lang=de");
        signUp(email);
        Mailbox.Mail mail = Mailbox.latest(base, email, "VERIFY_EMAIL");
        assertEquals("de", mail.lang());
        assertEquals("Bitte bestätigen Sie Ihre E-Mail-Adresse", mail.subject());
        assertTrue(mail.text().startsWith("Hallo " + NAME + ","), mail.text());
        browser.open(mail.link());
        assertTrue(text("#ask").contains("Bestätigen Sie, dass " + email + " Ihre E-Mail-Adresse ist"), text("#ask"));
        browser.navigate(() -> byId("ask:confirm").click());
        assertTrue(text("#link-done").contains("Ihre E-Mail-Adresse ist bestätigt"));
    }

    @Test
    void aForgottenPasswordIsResetFromTheMailEverySessionEndsAndTheLinkWorksOnce() {
        String email = newEmail("renee");
        signUp(email);
        Cookie otherSession = d().manage().getCookieNamed("JSESSIONID");
        signOut();

        browser.open("/login");
        browser.navigate(() -> byId("forgot").click());
        assertTrue(d().getCurrentUrl().contains("/password/forgot"));
        browser.screenshot("password-forgot-desktop");
        askForReset(email);
        String answer = text(".notice--info");
        assertTrue(answer.startsWith("If an account exists for " + email), answer);
        String unknown = newEmail("nobody");
        askForReset(unknown);
        assertEquals(answer.replace(email, unknown), text(".notice--info"), "an unknown address hears the same");
        assertTrue(browser.screenshotsFit("password-forgot-sent"));

        Mailbox.Mail mail = Mailbox.latest(base, email, "PASSWORD_RESET");
        assertEquals("Choose a new Atelier password", mail.subject());
        assertTrue(mail.text().contains("one hour"), mail.text());
        browser.open(mail.link());
        type("reset:new", "a brand new phrase – łuk");
        type("reset:repeat", "a brand new phrase – luk");
        browser.navigate(() -> byId("reset:submit").click());
        assertTrue(text(".ui-message-error, .notice--error").contains("not the same"));
        type("reset:new", "short");
        type("reset:repeat", "short");
        browser.navigate(() -> byId("reset:submit").click());
        assertTrue(text(".ui-message-error, .notice--error").contains("at least 10 characters"));
        assertTrue(browser.screenshotsFit("password-reset-error"));
        type("reset:new", "a brand new phrase – łuk");
        type("reset:repeat", "a brand new phrase – łuk");
        browser.navigate(() -> byId("reset:submit").click());
        assertTrue(d().getCurrentUrl().contains("/login"), d().getCurrentUrl());
        assertTrue(text(".notice--info").contains("Your password is changed"));

        signIn(email, PASSWORD);
        assertTrue(text(".notice--error").contains("do not match"), "the old password is refused");
        signIn(email, "a brand new phrase – łuk");
        assertEquals(NAME, d().findElement(By.cssSelector(".account-menu__name")).getText());

        // The session signed in before the reset (another browser) has ended.
        d().manage().deleteAllCookies();
        d().manage().addCookie(otherSession);
        browser.open("/account/orders");
        assertTrue(d().getCurrentUrl().contains("/login"), "the old session must sign in again: " + d().getCurrentUrl());

        // The same link again.
        browser.open(mail.link());
        assertTrue(text("#link-problem").contains("already been used"));
        assertTrue(d().findElements(By.id("reset:new")).isEmpty(), "no form for a used link");
        browser.navigate(() -> byId("new-link").click());
        assertTrue(d().getCurrentUrl().contains("/password/forgot"));
    }

    @Test
    void anExpiredOrUnknownResetLinkSaysSoAndOffersANewOne() {
        String email = newEmail("late");
        signUp(email);
        signOut();
        askForReset(email);
        Mailbox.Mail mail = Mailbox.latest(base, email, "PASSWORD_RESET");
        Mailbox.expireLinks(base, email, "PASSWORD_RESET");
        browser.open(mail.link());
        assertTrue(text("#link-problem").contains("This link has expired"));
        assertTrue(d().findElements(By.id("reset:new")).isEmpty());
        assertTrue(browser.screenshotsFit("password-reset-expired"));
        browser.open("/password/reset?token=" + "x".repeat(43));
        assertTrue(text("#link-problem").contains("This link is not valid"));
        browser.open("/password/reset?token=%3Cscript%3E");
        assertTrue(text("#link-problem").contains("This link is not valid"));
        signIn(email, PASSWORD);
        assertEquals(NAME, d().findElement(By.cssSelector(".account-menu__name")).getText(), "nothing changed");
    }

    @Test
    void aNewAddressIsConfirmedFromTheMailAndATakenOneIsRefused() {
        String old = newEmail("zaneta");
        String fresh = newEmail("zaneta-new");
        signUp(old);
        followVerificationLink(old);
        browser.open("/account/email");
        assertTrue(byId("current-email").getText().contains(old));
        assertTrue(byId("current-email").getText().contains("confirmed"));

        type("change:new", "shopper@demo.atelier");
        type("change:password", PASSWORD);
        browser.ajax(() -> byId("change:submit").click());
        assertTrue(text(".ui-message-error, .notice--error").contains("Another account uses this e-mail address"));
        type("change:new", fresh);
        type("change:password", "not my password");
        browser.ajax(() -> byId("change:submit").click());
        assertTrue(text(".ui-message-error, .notice--error").contains("current password is not right"));
        browser.screenshot("account-email-error-desktop");
        type("change:new", fresh);
        type("change:password", PASSWORD);
        browser.ajax(() -> byId("change:submit").click());
        assertTrue(text(".notice--info").contains("We have sent a link to " + fresh));
        assertTrue(byId("pending-email").getText().contains(fresh));
        assertTrue(browser.screenshotsFit("account-email"));

        // Mails in German from now on.
        new Select(byId("language:choice")).selectByValue("de");
        browser.ajax(() -> byId("language:save").click());
        assertTrue(text("#language .notice--info").contains("Saved"));

        Mailbox.Mail mail = Mailbox.latest(base, fresh, "EMAIL_CHANGE");
        assertEquals("Confirm your new e-mail address", mail.subject(), "written before German was chosen");
        browser.open(mail.link());
        assertTrue(text("#ask").contains("Make " + fresh + " the e-mail address"), text("#ask"));
        signIn(fresh, PASSWORD);
        assertTrue(text(".notice--error").contains("do not match"), "opening the link alone changes nothing");
        confirmFromMail(mail.link());
        assertTrue(text("#link-done").contains("Your e-mail address is changed"));
        browser.screenshot("email-confirmed-desktop");
        Mailbox.Mail notice = Mailbox.latest(base, old, "EMAIL_CHANGED_NOTICE");
        assertEquals("de", notice.lang());
        assertEquals("Ihre E-Mail-Adresse bei Atelier wurde geändert", notice.subject());
        assertTrue(notice.text().contains(fresh));

        signIn(old, PASSWORD);
        assertTrue(text(".notice--error").contains("do not match"), "the old address no longer signs in");
        signIn(fresh, PASSWORD);
        assertEquals(NAME, d().findElement(By.cssSelector(".account-menu__name")).getText());
        browser.open("/account/email");
        assertTrue(byId("current-email").getText().contains(fresh));
        assertEquals("de", new Select(byId("language:choice")).getFirstSelectedOption().getAttribute("value"));
        browser.open(mail.link());
        assertTrue(text("#link-problem").contains("already been used"));
    }
}
