package market.atelier.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import market.atelier.it.AsShopper;
import market.atelier.it.Deployments;
import market.atelier.it.Fixtures;
import market.atelier.it.Http;
import market.atelier.it.MailFixtureServlet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * /dev/mail in Development (a kept receipt listed and shown: the HTML in its sandboxed frame with the shopper's
 * European name rendered as text, the plain text beside it; no horizontal scrolling on a phone) and the mail
 * preferences page (a digest turned off stays off after a reload, and on again).
 */
@RunAsClient
class MailBrowserIT extends BrowserTestBase {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(MailFixtureServlet.class, AsShopper.class, Fixtures.class);
    }

    private String fixture(String path) {
        var response = Http.get(base, "test-mail/" + path);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    @Test
    void devMailListsAndShowsAKeptMail() {
        fixture("keep?on=true");
        try {
            String shopper = fixture("order?run=" + UUID.randomUUID().toString().substring(0, 8)).split(" ")[0];
            browser.until(d -> {
                fixture("pump");
                return fixture("outbox?to=" + shopper).startsWith("ORDER_RECEIPT true");
            });
            browser.open("/dev/mail");
            WebElement receipt = d().findElements(By.cssSelector(".dev-mail__item a")).stream()
                    .filter(item -> item.getText().contains(shopper)).findFirst().orElseThrow();
            browser.navigate(receipt::click);
            assertTrue(byId("shown-subject").getText().startsWith("Ihre Atelier-Bestellung"));
            assertTrue(byId("shown-text").getText().contains("Hallo Zoë Łukasiewicz <script>,"));
            browser.screenshot("dev-mail-desktop");
            d().switchTo().frame(byId("shown-html"));
            String rendered = d().findElement(By.tagName("body")).getText();
            d().switchTo().defaultContent();
            assertTrue(rendered.contains("Hallo Zoë Łukasiewicz <script>,"), "escaped, shown as text: " + rendered);
            assertTrue(rendered.contains("Großer Ring – Hof 3"), rendered);
            browser.resize(Browser.PHONE);
            browser.open("/dev/mail");
            assertTrue(browser.fitsWidth(), "no horizontal scrolling at 375 px");
            browser.screenshot("dev-mail-phone");
        } finally {
            fixture("keep?on=false");
        }
        assertEquals(404, Http.get(base, "dev/mail").statusCode());
    }

    @Test
    void theUnsubscribeLinkAsksThenTurnsTheDigestOff() {
        String[] order = fixture("order?run=" + UUID.randomUUID().toString().substring(0, 8)).split(" ");
        String link = fixture("unsubscribeLink?account=" + order[5]);
        browser.open(link);
        assertTrue(d().findElement(By.tagName("main")).getText().contains("Stop the summary mails about new messages?"));
        browser.navigate(() -> byId("unsubscribe:confirm").click());
        assertTrue(byId("unsubscribed").getText().contains("no more summary mails about new messages"));
        browser.resize(Browser.PHONE);
        assertTrue(browser.fitsWidth());
        browser.screenshot("mail-unsubscribed-phone");
        browser.open(link.replaceFirst("t=[^&]+", "t=" + "x".repeat(43)));
        browser.navigate(() -> byId("unsubscribe:confirm").click());
        assertTrue(byId("invalid").isDisplayed(), "a forged token changes nothing and says so");
    }

    @Test
    void thePreferencePageTurnsADigestOffAndOn() {
        signIn("artisan@demo.atelier", "atelier-demo");
        browser.open("/account/mail-preferences");
        WebElement messages = byId("prefs:messagesDigest_input");
        if (!messages.isSelected()) {
            browser.script("arguments[0].click();", byId("prefs:messagesDigest").findElement(By.cssSelector(".ui-chkbox-box")));
        }
        browser.screenshot("mail-preferences-desktop");
        d().findElement(By.cssSelector("[id='prefs:messagesDigest'] .ui-chkbox-box")).click();
        browser.ajax(() -> byId("prefs:save").click());
        assertTrue(d().findElement(By.id("prefs")).getText().contains("saved")
                || d().findElement(By.id("prefs")).getText().contains("gespeichert"));
        browser.open("/account/mail-preferences");
        assertFalse(byId("prefs:messagesDigest_input").isSelected(), "off after a reload");
        assertTrue(byId("prefs:verificationDigest_input").isSelected(), "the other kind untouched");
        d().findElement(By.cssSelector("[id='prefs:messagesDigest'] .ui-chkbox-box")).click();
        browser.ajax(() -> byId("prefs:save").click());
        browser.resize(Browser.PHONE);
        browser.open("/account/mail-preferences");
        assertTrue(byId("prefs:messagesDigest_input").isSelected(), "on again");
        assertTrue(browser.fitsWidth());
        browser.screenshot("mail-preferences-phone");
        assertAccessible("/account/mail-preferences");
    }
}
