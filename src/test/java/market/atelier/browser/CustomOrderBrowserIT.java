package market.atelier.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import market.atelier.it.CustomFixtureServlet;
import market.atelier.it.Deployments;
import market.atelier.it.FixtureServlet;
import market.atelier.it.Fixtures;
import market.atelier.it.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Made to order in the browser: a shopper asks a shop for a custom ring (a bad budget and a past date are named and
 * nothing typed is lost), the artisan quotes, the shopper accepts and pays through the normal checkout, the artisan
 * posts a progress photo, and the shopper sees it on the order's timeline. Nobody else can open the piece.
 */
@RunAsClient
class CustomOrderBrowserIT extends BrowserTestBase {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(FixtureServlet.class, Fixtures.class, CustomFixtureServlet.class);
    }

    @Test
    void aCustomRingIsRequestedQuotedAcceptedPaidAndItsProgressShownToTheShopper() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Http.get(base, "/test-fixtures/two-shops?run=" + run);
        String[] shop = Http.get(base, "/test-custom-fixtures/takes-custom?run=" + run).body().split(" ");
        String shopper = "shopper-" + run + "@it.atelier";
        String maker = "maker-a-" + run + "@it.atelier";
        signOut();

        // The shop page offers a request; a visitor signs in first and lands on the form.
        browser.open("/shops/" + shop[1]);
        browser.screenshot("shop-request-link-desktop");
        browser.navigate(() -> byId("request-custom").click());
        assertTrue(d().getCurrentUrl().contains("/login"), d().getCurrentUrl());
        type("login:email", shopper);
        type("login:password", FixtureServlet.PASSWORD);
        browser.navigate(() -> byId("login:submit").click());
        assertTrue(d().getCurrentUrl().contains("/account/custom/new?shop=" + shop[0]), d().getCurrentUrl());

        // Bad input: named next to the fields, nothing typed is lost.
        String wish = "A slim ring in recycled silver – Größe 54, łatwo, a café-au-lait moonstone 💍 " + run;
        type("request:description", wish);
        type("request:budget", "zweihundert");
        // The browser itself refuses a date before the field's minimum; without that check the server still does.
        assertEquals(LocalDate.now(java.time.ZoneOffset.UTC).toString(), byId("request:wished").getAttribute("min"));
        browser.script("arguments[0].removeAttribute('min')", byId("request:wished"));
        setDate("request:wished", LocalDate.now().minusDays(5).toString());
        browser.navigate(() -> byId("request:submit").click());
        assertFalse(d().findElements(By.cssSelector(".notice--error")).isEmpty(), "the form says what is wrong");
        String page = d().findElement(By.tagName("main")).getText();
        assertTrue(page.contains("number"), "the budget must be a number: " + page);
        assertTrue(page.contains("past"), "the date cannot be in the past: " + page);
        assertEquals(wish, byId("request:description").getAttribute("value"), "the description is kept");
        assertEquals("zweihundert", byId("request:budget").getAttribute("value"), "the budget as typed is kept");

        upload("request:photo", TestFiles.jpeg("reference.jpg", new Color(0x8AA1B1)));
        browser.until(driver -> !driver.findElements(By.cssSelector(".custom-photos img")).isEmpty());
        upload("request:photo", TestFiles.textRenamedJpg());
        browser.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                By.id("request:photos"), "JPEG"));
        assertEquals(1, d().findElements(By.cssSelector(".custom-photos img")).size(), "the text file was refused");
        type("request:budget", "250");
        setDate("request:wished", LocalDate.now().plusDays(40).toString());
        assertAccessible("custom request form");
        assertTrue(browser.screenshotsFit("custom-request"), "the request form fits a phone");
        browser.navigate(() -> byId("request:submit").click());
        assertTrue(d().getCurrentUrl().contains("/account/custom"), d().getCurrentUrl());
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("Studio A " + run));
        WebElement mine = d().findElement(By.cssSelector("[data-request]"));
        assertTrue(mine.getText().contains(wish), mine.getText());
        String requestId = mine.getAttribute("data-request");

        // The artisan quotes.
        signIn(maker, FixtureServlet.PASSWORD);
        browser.open("/seller/custom");
        String card = "[data-request='" + requestId + "'] ";
        assertTrue(d().findElement(By.cssSelector(card)).getText().contains(wish));
        assertEquals(1, d().findElements(By.cssSelector(card + ".custom-photos img")).size(), "the reference photo");
        d().findElement(By.cssSelector(card + "[id$=':price']")).sendKeys("280");
        d().findElement(By.cssSelector(card + "[id$=':days']")).sendKeys("21");
        d().findElement(By.cssSelector(card + "[id$=':text']")).sendKeys("Moonstone ring in recycled 925 silver.");
        browser.ajax(() -> d().findElement(By.cssSelector(card + "[id$=':quote']")).click());
        assertTrue(d().findElement(By.cssSelector(card + ".notice--info")).isDisplayed());
        assertTrue(d().findElement(By.cssSelector(card)).getText().contains("280"), "the quote shows");
        assertAccessible("seller custom requests");
        browser.screenshot("seller-custom-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("seller-custom-phone");
        browser.resize(Browser.DESKTOP);

        // A maker cannot ask their own shop.
        browser.open("/account/custom/new?shop=" + shop[0]);
        assertTrue(d().findElement(By.cssSelector(".notice--error")).getText().contains("own shop"));
        assertTrue(d().findElements(By.id("request:submit")).isEmpty(), "no form");

        // The shopper accepts: the private piece is in the cart; then the normal checkout.
        signIn(shopper, FixtureServlet.PASSWORD);
        browser.open("/account/custom");
        assertTrue(d().findElement(By.cssSelector("[data-request='" + requestId + "']")).getText().contains("280"));
        assertAccessible("my custom requests");
        assertTrue(browser.screenshotsFit("my-custom"), "my requests fit a phone");
        browser.navigate(() -> d().findElement(By.cssSelector("[data-request='" + requestId + "'] [id$=':accept']"))
                .click());
        assertTrue(d().getCurrentUrl().contains("/cart"), d().getCurrentUrl());
        assertTrue(d().findElement(By.cssSelector(".cart-shop")).getText().contains("Made to order"),
                d().findElement(By.cssSelector(".cart-shop")).getText());
        browser.open("/account/custom");
        String pieceUrl = d().findElement(By.cssSelector("[data-request='" + requestId + "'] a.button"))
                .getAttribute("href");
        d().get(pieceUrl);
        browser.waitIdle();
        assertTrue(byId("reserved").getText().contains("reserved"), "its shopper sees the piece, marked reserved");
        browser.screenshot("reserved-piece-desktop");
        browser.open("/cart");
        browser.screenshot("cart-custom-desktop");
        browser.navigate(() -> byId("checkout").click());
        type("checkout:line1", "Hauptstraße 5");
        type("checkout:postcode", "10115");
        type("checkout:city", "Berlin");
        type("checkout:card", "4242 4242 4242 4242");
        type("checkout:expiry", "12/30");
        type("checkout:cvc", "123");
        browser.navigate(() -> byId("checkout:place").click());
        assertTrue(d().getCurrentUrl().contains("/account/orders?placed="), d().getCurrentUrl());
        String shopOrder = d().findElement(By.cssSelector(".order:first-of-type .shop-order"))
                .getAttribute("data-shop-order");

        // Another signed-in person and a visitor cannot open the piece.
        signIn("maker-b-" + run + "@it.atelier", FixtureServlet.PASSWORD);
        d().get(pieceUrl);
        assertFalse(d().findElements(By.cssSelector(".error-page__title")).isEmpty(), "404 for another account");
        signOut();
        d().get(pieceUrl);
        assertFalse(d().findElements(By.cssSelector(".error-page__title")).isEmpty(), "404 for a visitor");

        // The artisan posts a progress photo on the shop order.
        signIn(maker, FixtureServlet.PASSWORD);
        browser.open("/seller/orders");
        browser.navigate(() -> byId("progress-" + shopOrder).click());
        assertTrue(d().getCurrentUrl().contains("/seller/custom/progress?order=" + shopOrder), d().getCurrentUrl());
        upload("progress:photo", TestFiles.jpeg("progress.jpg", new Color(0xB9A27C)));
        browser.until(driver -> !driver.findElements(By.cssSelector(".progress__photo")).isEmpty());
        type("progress:note", "The moonstone is set; polishing tomorrow.");
        browser.ajax(() -> byId("progress:post").click());
        assertTrue(d().findElement(By.cssSelector(".notice--info")).isDisplayed());
        assertEquals(1, d().findElements(By.cssSelector(".progress-update img")).size(), "the posted photo");
        assertAccessible("progress page");
        assertTrue(browser.screenshotsFit("progress"), "the progress page fits a phone");

        // The shopper sees it on the order's timeline.
        signIn(shopper, FixtureServlet.PASSWORD);
        browser.open("/account/orders");
        WebElement so = d().findElement(By.cssSelector("[data-shop-order='" + shopOrder + "']"));
        assertTrue(so.getText().contains("The moonstone is set; polishing tomorrow."), so.getText());
        List<WebElement> photos = so.findElements(By.cssSelector(".progress-update img"));
        assertEquals(1, photos.size(), "the progress photo on the timeline");
        Boolean loaded = browser.until(driver -> Boolean.TRUE.equals(browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", photos.get(0))) ? Boolean.TRUE : null);
        assertTrue(loaded, "the photo loads");
        assertAccessible("orders with progress");
        browser.screenshot("orders-progress-desktop");
        browser.resize(Browser.PHONE);
        assertTrue(browser.fitsWidth(), "the timeline fits a phone");
        browser.screenshot("orders-progress-phone");
    }

    @Test
    void emptyRequestListsSayWhatToDoInGerman() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Http.get(base, "/test-fixtures/two-shops?run=" + run);

        signIn("shopper-" + run + "@it.atelier", FixtureServlet.PASSWORD);
        browser.open("/account/custom");
        browser.navigate(() -> d().findElement(By.cssSelector(".site-footer__language a[lang='de']")).click());
        assertTrue(byId("empty").getText().contains("noch keine Sonderanfertigung"), byId("empty").getText());
        assertAccessible("my custom requests, empty");
        browser.resize(Browser.PHONE);
        assertTrue(browser.fitsWidth());
        browser.screenshot("my-custom-empty-de-phone");
        browser.resize(Browser.DESKTOP);

        signIn("maker-b-" + run + "@it.atelier", FixtureServlet.PASSWORD);
        browser.open("/seller/custom");
        browser.navigate(() -> d().findElement(By.cssSelector(".site-footer__language a[lang='de']")).click());
        assertTrue(byId("empty").getText().contains("Noch keine Anfragen"), byId("empty").getText());
        assertAccessible("seller custom requests, empty");
        browser.screenshot("seller-custom-empty-de-desktop");
    }

    /** A date input takes its value in the browser's locale when typed; set it as the form sends it. */
    private static void setDate(String id, String isoDate) {
        browser.script("arguments[0].value = arguments[1]", byId(id), isoDate);
    }
}
