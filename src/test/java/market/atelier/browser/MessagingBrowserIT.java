package market.atelier.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import market.atelier.it.Deployments;
import market.atelier.it.FixtureServlet;
import market.atelier.it.Fixtures;
import market.atelier.it.Http;
import market.atelier.messaging.MessagingService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A shopper asks a maker about a piece and the maker answers: "Message the maker" on the listing page (signing in on
 * the way), the unread count in both headers, both inboxes, the conversation with its reply box, and the rate limit
 * refusing on the page while keeping the text.
 */
@RunAsClient
class MessagingBrowserIT extends BrowserTestBase {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(FixtureServlet.class, Fixtures.class);
    }

    @Test
    void aShopperAsksAboutAPieceAndTheMakerAnswers() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> ids = List.of(Http.get(base, "/test-fixtures/two-shops?run=" + run).body().split(" "));
        String brooch = ids.get(0);
        String shopper = "shopper-" + run + "@it.atelier";
        String maker = "maker-a-" + run + "@it.atelier";
        signOut();

        // A visitor clicks "Message the maker", signs in, and is back on the form about that piece.
        browser.open("/shops/studio-a-" + run);
        assertTrue(byId("message-maker").getAttribute("href").contains("/account/messages/new?shop="),
                "the shop page links to the form");
        browser.open("/listings/" + brooch);
        browser.screenshot("messages-listing-link-desktop");
        browser.navigate(() -> byId("message-maker").click());
        assertTrue(d().getCurrentUrl().contains("/login"), d().getCurrentUrl());
        type("login:email", shopper);
        type("login:password", FixtureServlet.PASSWORD);
        browser.navigate(() -> byId("login:submit").click());
        assertTrue(d().getCurrentUrl().contains("/account/messages/new"), d().getCurrentUrl());
        assertEquals("Studio A " + run, byId("to").getText());
        assertTrue(byId("about").getText().contains("Unique brooch A " + run));
        assertAccessible("new message");
        assertTrue(browser.screenshotsFit("messages-new"), "the form fits a phone");
        browser.ajax(() -> byId("write:send").click());
        assertTrue(d().findElement(By.cssSelector(".ui-message-error")).getText()
                .contains("Please write a message"), "an empty message is refused on the page");
        String question = "Hello! Could the pin be <b>gold</b> – größer, łatwo, café? 💍\nSee https://example.org/pin for what I mean.";
        type("write:text", question);
        browser.navigate(() -> byId("write:send").click());
        assertTrue(d().getCurrentUrl().contains("/account/messages/conversation?id="), d().getCurrentUrl());
        String conversation = d().getCurrentUrl().substring(d().getCurrentUrl().indexOf("/account/messages/"));
        WebElement sent = d().findElement(By.cssSelector(".bubble--mine .bubble__body"));
        assertEquals(question, sent.getText(), "shown as typed, line break kept, markup as text");
        assertTrue(sent.findElements(By.tagName("a")).isEmpty() && sent.findElements(By.tagName("b")).isEmpty(),
                "no link and no markup inside the message");
        assertTrue(d().findElements(By.id("messages-count")).isEmpty(), "nothing unread for the writer");

        // The maker sees one unread message in the header and answers from the shop's inbox.
        signIn(maker, FixtureServlet.PASSWORD);
        assertEquals("1", byId("messages-count").getText().replaceAll("\\D", ""), "one unread in the header");
        browser.navigate(() -> byId("messages-link").click());
        assertTrue(d().getCurrentUrl().contains("/seller/messages"), "the envelope opens the shop's inbox");
        WebElement item = d().findElement(By.cssSelector(".inbox__item--unread"));
        assertTrue(item.getText().contains("Shopper " + run) && item.getText().contains("Unique brooch A " + run),
                item.getText());
        assertAccessible("shop inbox");
        assertTrue(browser.screenshotsFit("messages-shop-inbox"), "the shop inbox fits a phone");

        browser.navigate(() -> d().findElement(By.cssSelector(".inbox__item--unread .inbox__link")).click());
        assertEquals("Shopper " + run, byId("with").getText());
        assertTrue(d().findElements(By.id("messages-count")).isEmpty(), "read once opened");
        String answer = "Yes, in 18k gold – schön, łatwo, café 😊\nI will send photos.";
        type("thread:text", answer);
        browser.ajax(() -> byId("thread:send").click());
        List<WebElement> bubbles = d().findElements(By.cssSelector(".bubble"));
        assertEquals(2, bubbles.size());
        assertTrue(bubbles.get(1).getAttribute("class").contains("bubble--mine"), "the maker's own answer, last");
        assertEquals(answer, bubbles.get(1).findElement(By.cssSelector(".bubble__body")).getText(), "as typed");
        assertEquals("", byId("thread:text").getAttribute("value"), "the box is empty after sending");
        assertAccessible("conversation (shop)");
        browser.screenshot("messages-conversation-shop-desktop");

        // The shopper sees the answer counted in the header and marked in the inbox.
        signIn(shopper, FixtureServlet.PASSWORD);
        assertEquals("1", byId("messages-count").getText().replaceAll("\\D", ""));
        browser.open("/account/messages");
        WebElement mine = d().findElement(By.cssSelector(".inbox__item--unread"));
        assertTrue(mine.getText().contains("Studio A " + run) && mine.getText().contains("Yes, in 18k gold – schön, łatwo, café 😊"),
                mine.getText());
        assertAccessible("shopper inbox");
        assertTrue(browser.screenshotsFit("messages-shopper-inbox"), "the inbox fits a phone");
        browser.navigate(() -> d().findElement(By.cssSelector(".inbox__item--unread .inbox__link")).click());
        assertTrue(d().findElements(By.cssSelector(".bubble--theirs")).get(0).getText().contains(answer));
        assertTrue(d().findElements(By.id("messages-count")).isEmpty(), "read once opened");
        assertAccessible("conversation (shopper)");
        assertTrue(browser.screenshotsFit("messages-conversation-shopper"), "the conversation fits a phone");

        // Flooding the shop is refused on the page; the text stays in the box.
        boolean refused = false;
        for (int i = 2; i <= MessagingService.MESSAGES_PER_HOUR + 1 && !refused; i++) {
            type("thread:text", "Follow-up " + i);
            browser.ajax(() -> byId("thread:send").click());
            refused = !d().findElements(By.cssSelector(".notice--error")).isEmpty();
        }
        assertTrue(refused, "the rate limit refuses");
        assertTrue(d().findElement(By.cssSelector(".notice--error")).getText().contains("last hour"));
        assertEquals("Follow-up " + (MessagingService.MESSAGES_PER_HOUR + 1), byId("thread:text").getAttribute("value"),
                "the refused text is kept");
        assertEquals(MessagingService.MESSAGES_PER_HOUR + 1, d().findElements(By.cssSelector(".bubble")).size(),
                "ten of the shopper's messages and the maker's answer");
        browser.screenshot("messages-rate-limited-desktop");

        // Another maker gets "not found" for this conversation, and an empty inbox (in German here).
        signIn("maker-b-" + run + "@it.atelier", FixtureServlet.PASSWORD);
        browser.open(conversation);
        assertFalse(d().getPageSource().contains("18k gold"), "nothing of it is shown");
        assertTrue(d().findElements(By.id("thread:text")).isEmpty());
        browser.open("/seller/messages?lang=de");
        assertTrue(byId("inbox-empty").getText().contains("Noch keine Nachrichten"), byId("inbox-empty").getText());
        assertAccessible("empty shop inbox");
        browser.resize(Browser.PHONE);
        browser.screenshot("messages-shop-inbox-empty-de-phone");
        browser.resize(Browser.DESKTOP);
    }
}
