package market.atelier.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import market.atelier.it.CartFixtureServlet;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Buying from two makers in one go: a visitor fills a cart from two shops, signs in at checkout and keeps the cart,
 * a declined card changes nothing, the sandbox card places one order with two shop orders.
 */
@RunAsClient
class OrdersJourneyBrowserIT extends BrowserTestBase {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(FixtureServlet.class, Fixtures.class, CartFixtureServlet.class);
    }

    @Test
    void aCartFromTwoShopsBecomesOneOrderWithTwoShopOrders() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> ids = List.of(Http.get(base, "/test-fixtures/two-shops?run=" + run).body().split(" "));
        String brooch = ids.get(0);
        String rings = ids.get(3);
        signOut();

        browser.open("/listings/" + brooch);
        browser.navigate(() -> byId("add-to-cart").click());
        assertTrue(d().getCurrentUrl().contains("/cart"), d().getCurrentUrl());
        browser.open("/listings/" + rings);
        new org.openqa.selenium.support.ui.Select(byId("quantity")).selectByValue("2");
        browser.navigate(() -> byId("add-to-cart").click());
        assertEquals("3", byId("cart-count").getText().replaceAll("\\D", ""), "three pieces in the header count");
        List<WebElement> shops = d().findElements(By.cssSelector(".cart-shop"));
        assertEquals(2, shops.size(), "grouped by shop");
        assertTrue(byId("cart-total").getText().contains("€"));
        assertAccessible("cart");
        assertTrue(browser.screenshotsFit("cart"), "cart fits a phone");

        // Checkout asks a visitor to sign in; the cart comes along.
        browser.navigate(() -> byId("checkout").click());
        assertTrue(d().getCurrentUrl().contains("/login"), d().getCurrentUrl());
        type("login:email", "shopper-" + run + "@it.atelier");
        type("login:password", FixtureServlet.PASSWORD);
        browser.navigate(() -> byId("login:submit").click());
        assertTrue(d().getCurrentUrl().contains("/account/checkout"), d().getCurrentUrl());
        assertEquals(2, d().findElements(By.cssSelector(".checkout__review .cart-shop")).size(), "both shops to review");

        type("checkout:line1", "Hauptstraße 5");
        type("checkout:postcode", "10115");
        type("checkout:city", "Berlin");
        type("checkout:card", "4000 0000 0000 0002");
        type("checkout:expiry", "12/30");
        type("checkout:cvc", "123");
        browser.ajax(() -> byId("checkout:place").click());
        assertTrue(d().findElement(By.cssSelector(".notice--error")).getText().contains("declined"),
                "a declined card says so");
        assertAccessible("checkout");
        browser.screenshot("checkout-desktop");

        type("checkout:card", "4242 4242 4242 4242");
        type("checkout:cvc", "123");
        browser.navigate(() -> byId("checkout:place").click());
        assertTrue(d().getCurrentUrl().contains("/account/orders?placed="), d().getCurrentUrl());
        String confirmation = byId("confirmation").getText();
        assertTrue(confirmation.contains("4242"), confirmation);
        assertEquals(2, d().findElements(By.cssSelector(".order:first-of-type .shop-order")).size(),
                "one order, two shop orders");
        assertEquals("0", d().findElements(By.id("cart-count")).isEmpty() ? "0" : byId("cart-count").getText());
        browser.screenshot("confirmation-desktop");
        String shopOrderA = shopOrderOf("Studio A " + run);
        String shopOrderB = shopOrderOf("Studio B " + run);

        // The one-of-a-kind brooch is sold: its page says so and offers no cart button.
        browser.open("/listings/" + brooch);
        assertTrue(d().findElements(By.id("add-to-cart")).isEmpty(), "sold: no add to cart");

        // Each maker sees only their part and ships it with a tracking number.
        ship("maker-a-" + run, shopOrderA, "PT-" + run);
        assertTrue(d().findElements(By.cssSelector("[data-order='" + shopOrderB + "']")).isEmpty(),
                "maker A never sees maker B's order");
        browser.screenshot("seller-orders-desktop");
        ship("maker-b-" + run, shopOrderB, "DE-" + run);

        signIn("shopper-" + run + "@it.atelier", FixtureServlet.PASSWORD);
        browser.open("/account/orders");
        String orders = d().findElement(By.cssSelector(".order")).getText();
        assertTrue(orders.contains("PT-" + run) && orders.contains("DE-" + run), "both tracking numbers: " + orders);

        // Maker A refunds part of their order; the ledger shows it and still adds up.
        signIn("maker-a-" + run + "@it.atelier", FixtureServlet.PASSWORD);
        browser.open("/seller/orders?status=all");
        WebElement card = d().findElement(By.cssSelector("[data-order='" + shopOrderA + "']"));
        card.findElements(By.cssSelector("summary")).stream().filter(sm -> sm.getText().contains("Refund"))
                .findFirst().orElseThrow().click();
        WebElement amount = card.findElement(By.cssSelector("[id$=':refundAmount']"));
        amount.sendKeys("20");
        new Select(card.findElement(By.cssSelector("[id$=':refundCategory']")))
                .selectByValue("DAMAGED_IN_TRANSIT");
        card.findElement(By.cssSelector("[id$=':refundReason']")).sendKeys("A small scratch on the pin");
        browser.ajax(() -> d().findElement(By.cssSelector("[data-order='" + shopOrderA + "'] [id$=':refund']")).click());
        assertTrue(d().findElement(By.cssSelector("[data-order='" + shopOrderA + "']")).getText().contains("20.00"),
                "the refund shows on the order");
        browser.open("/seller/ledger");
        String entries = byId("entries").getText();
        assertTrue(entries.contains("20.00"), entries);
        // 129.90 sale − 12.00 commission − 20.00 refund + 1.85 commission given back (20.00 of 129.90).
        assertTrue(byId("balance").getText().contains("99.75"), byId("balance").getText());
        browser.screenshot("seller-ledger-desktop");

        // An admin pays the shop out; its balance is back to zero and the payout is an entry of its own.
        signIn("admin@demo.atelier", "atelier-demo");
        browser.open("/admin/payouts");
        WebElement row = d().findElements(By.cssSelector("tr[data-shop]")).stream()
                .filter(r -> r.getText().contains("Studio A " + run)).findFirst().orElseThrow();
        assertTrue(row.getText().contains("99.75"), row.getText());
        row.findElement(By.cssSelector("[id$=':pay']")).click();
        browser.ajax(() -> d().findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow().click());
        assertAccessible("payouts");
        browser.screenshot("admin-payouts-desktop");
        signIn("maker-a-" + run + "@it.atelier", FixtureServlet.PASSWORD);
        browser.open("/seller/ledger");
        assertTrue(byId("balance").getText().contains("0.00"), byId("balance").getText());
        assertTrue(byId("entries").getText().contains("99.75"), "the payout entry");
    }

    /** Signs in on the sign-in page keeping the browser's cookies (a visitor's cart cookie comes along). */
    private static void signInKeepingCookies(String email) {
        browser.open("/login");
        type("login:email", email);
        type("login:password", FixtureServlet.PASSWORD);
        browser.navigate(() -> byId("login:submit").click());
    }

    /** The HTTP status of a GET of this path with the browser's cookies. */
    private static long status(String path) {
        return (Long) browser.script("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();"
                + " return x.status;", path);
    }

    @Test
    void aPriceRaisedBetweenReviewAndPayIsRefusedTheNewTotalIsShownAndPayingAgainChargesIt() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String rings = Http.get(base, "/test-fixtures/two-shops?run=" + run).body().split(" ")[1];
        Http.get(base, "/test-cart-fixtures/processing?listing=" + rings + "&days=10");
        signIn("shopper-" + run + "@it.atelier", FixtureServlet.PASSWORD);

        browser.open("/listings/" + rings);
        assertTrue(d().findElement(By.cssSelector(".listing__buy .facts")).getText().contains("within 10 days"),
                "the listing page promises 10 days");
        browser.navigate(() -> byId("add-to-cart").click());
        browser.navigate(() -> byId("checkout").click());
        String ships = d().findElement(By.cssSelector(".checkout__review .review-lines__ships")).getText();
        assertTrue(ships.contains("within 10 days, by "), "checkout keeps the listing page's promise: " + ships);
        String before = byId("checkout-total").getText();

        type("checkout:name", "Zoë Łukasik-Müller");
        type("checkout:line1", "Großbeerenstraße 5 – Hinterhaus");
        type("checkout:postcode", "10963");
        type("checkout:city", "Berlin-Kreuzberg");
        type("checkout:card", "4242 4242 4242 4242");
        type("checkout:expiry", "12/30");
        type("checkout:cvc", "123");
        // The maker raises the price while the shopper looks at the page.
        Http.get(base, "/test-cart-fixtures/price?listing=" + rings + "&cents=5250");
        browser.ajax(() -> byId("checkout:place").click());
        String refusal = d().findElement(By.cssSelector(".notice--error")).getText();
        String after = byId("checkout-total").getText();
        assertTrue(!after.equals(before) && after.contains("€"), before + " → " + after);
        assertTrue(refusal.contains("The price of") && refusal.contains("Nothing was charged")
                && refusal.contains("The new total is " + after), refusal);
        assertTrue(d().getCurrentUrl().contains("/account/checkout"), "still on the checkout page");
        assertAccessible("checkout with a price change");
        assertTrue(browser.screenshotsFit("checkout-price-changed"), "the refusal fits a phone");

        type("checkout:card", "4242 4242 4242 4242");
        type("checkout:cvc", "123");
        browser.navigate(() -> byId("checkout:place").click());
        assertTrue(d().getCurrentUrl().contains("/account/orders?placed="), d().getCurrentUrl());
        assertTrue(d().findElement(By.cssSelector(".order")).getText().contains("52.50"), "charged the new price");
    }

    @Test
    void aCookieCartWithAPieceOfASuspendedShopAndTheSellersOwnPieceJoinsAtSignInEveryPageAnswersAndTheCartSaysWhy() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> ids = List.of(Http.get(base, "/test-fixtures/two-shops?run=" + run).body().split(" "));
        String ringA = ids.get(1);
        String broochB = ids.get(2);
        signOut();
        browser.open("/listings/" + ringA);
        browser.navigate(() -> byId("add-to-cart").click());
        browser.open("/listings/" + broochB);
        browser.navigate(() -> byId("add-to-cart").click());
        Http.get(base, "/test-cart-fixtures/suspend?listing=" + broochB);

        // Maker A signs in with that visitor cart: their own ring and a suspended shop's brooch.
        signInKeepingCookies("maker-a-" + run + "@it.atelier");
        assertTrue(d().findElements(By.cssSelector(".error-page")).isEmpty(), "the page after sign-in answers");
        for (String path : List.of("/", "/cart", "/account/orders", "/listings/" + ringA, "/seller/orders",
                "/logout")) {
            assertEquals(200, status(path), path);
        }
        browser.open("/cart");
        WebElement own = d().findElement(By.cssSelector(".cart-line[data-listing='" + ringA + "']"));
        assertTrue(own.getText().contains("From your own shop"), own.getText());
        WebElement suspended = d().findElement(By.cssSelector(".cart-line[data-listing='" + broochB + "']"));
        assertTrue(suspended.getText().contains("This shop is not selling at the moment"), suspended.getText());
        assertTrue(d().findElements(By.id("checkout")).isEmpty(), "nothing to check out");
        assertAccessible("cart with lines left out");
        assertTrue(browser.screenshotsFit("cart-left-out"), "the cart fits a phone");

        // Their own piece's page explains instead of offering the cart.
        browser.open("/listings/" + ringA);
        assertTrue(d().findElements(By.id("add-to-cart")).isEmpty(), "no add to cart on one's own piece");
        assertTrue(byId("own-piece").getText().contains("from your own shop"), byId("own-piece").getText());
        assertTrue(d().findElements(By.cssSelector(".listing__actions")).isEmpty(), "no favourite heart on one's own piece");
        assertTrue(d().findElements(By.id("message-maker")).isEmpty(), "no message to oneself");
        browser.screenshot("listing-own-piece-desktop");
        browser.open("/logout");
        browser.navigate(() -> byId("logout:submit").click());
        assertTrue(d().findElements(By.cssSelector(".error-page")).isEmpty(), "signing out works");
    }

    /** The shop order id of this shop on the shopper's orders page. */
    private static String shopOrderOf(String shopName) {
        return d().findElements(By.cssSelector(".order:first-of-type .shop-order")).stream()
                .filter(so -> so.getText().contains(shopName)).findFirst().orElseThrow()
                .getAttribute("data-shop-order");
    }

    private static void ship(String maker, String shopOrder, String tracking) {
        signIn(maker + "@it.atelier", FixtureServlet.PASSWORD);
        browser.open("/seller/orders");
        String card = "[data-order='" + shopOrder + "'] ";
        browser.ajax(() -> new org.openqa.selenium.support.ui.Select(
                d().findElement(By.cssSelector(card + "[id$=':carrier']"))).selectByIndex(1));
        d().findElement(By.cssSelector(card + "[id$=':tracking']")).sendKeys(tracking);
        browser.ajax(() -> d().findElement(By.cssSelector(card + "[id$=':ship']")).click());
        assertTrue(d().findElement(By.cssSelector(card)).getText().contains(tracking), "tracking shown to the maker");
    }
}
