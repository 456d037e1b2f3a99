package market.atelier.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import market.atelier.demo.DemoCatalog;
import market.atelier.demo.DemoShop;
import market.atelier.it.Deployments;
import market.atelier.it.FixtureServlet;
import market.atelier.it.Fixtures;
import market.atelier.it.Http;
import market.atelier.it.RetireFixtureServlet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The details a new user notices: shopper pages at 375 px without sideways scrolling and the header's unread counts
 * on a phone; the owner's preview of a pending shop; what publishing says and where it leaves the artisan; one
 * order number on both sides of an order and in its messages; amounts typed the German way; apostrophes; a favicon.
 */
@RunAsClient
class PhoneAndDetailsBrowserIT extends BrowserTestBase {

    /** Typed into the fields below and read back: accents, Polish, German and a dash. */
    private static final String EUROPEAN = "Zoë’s Pracownia – Łódź, Kraków, Straße, été";

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(FixtureServlet.class, Fixtures.class, RetireFixtureServlet.class);
    }

    private static boolean fitsExactly() {
        return (Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    private static void assertFits(String page) {
        assertTrue(fitsExactly(), page + " is " + browser.script("return document.documentElement.scrollWidth;")
                + " px wide at " + browser.script("return window.innerWidth;") + " px");
    }

    @Test
    void shopperPagesFitAPhoneAndTheCompareTableScrollsInsideItsOwnBox() {
        browser.open("/search?q=ring");
        Set<String> slugs = new LinkedHashSet<>();
        d().findElements(By.cssSelector(".card__compare")).forEach(t -> slugs.add(t.getAttribute("data-compare-slug")));
        List<String> shops = List.copyOf(slugs);
        assertTrue(shops.size() >= 4, "four shops to compare: " + shops);

        browser.resize(Browser.PHONE);
        for (int n = 2; n <= 4; n++) {
            browser.open("/compare?shops=" + String.join(",", shops.subList(0, n)));
            assertEquals(n, d().findElements(By.cssSelector(".compare-table__name")).size());
            assertFits("/compare with " + n + " shops");
        }
        WebElement box = d().findElement(By.cssSelector(".compare__scroll"));
        assertTrue((Boolean) browser.script("return arguments[0].scrollWidth > arguments[0].clientWidth;", box),
                "the table scrolls inside its own box");
        browser.script("arguments[0].scrollLeft = 400;", box);
        WebElement rowName = d().findElement(By.cssSelector(".compare-table tbody th"));
        browser.until(x -> (Boolean) browser.script("return arguments[0].scrollLeft > 0;", box));
        long boxLeft = Math.round(((Number) browser.script("return arguments[0].getBoundingClientRect().left;", box)).doubleValue());
        long rowLeft = Math.round(((Number) browser.script("return arguments[0].getBoundingClientRect().left;", rowName)).doubleValue());
        assertTrue(Math.abs(rowLeft - boxLeft) <= 2, "the row names stay put while the shops scroll: " + rowLeft + " vs " + boxLeft);
        browser.script("arguments[0].scrollLeft = 0;", box);
        browser.screenshot("phone-compare-4-phone");
        browser.resize(Browser.DESKTOP);
        browser.screenshot("phone-compare-4-desktop");
        browser.script("localStorage.clear();"); // the compare tray would cover buttons in the other tests

        browser.resize(Browser.PHONE);
        browser.open("/search?q=qqxzvbnmwp");
        assertTrue(d().findElement(By.cssSelector(".search__empty")).isDisplayed(), "the empty state");
        assertFits("a search without results");
        browser.screenshot("phone-search-empty-phone");
        browser.resize(Browser.DESKTOP);
        browser.screenshot("phone-search-empty-desktop");

        browser.resize(Browser.PHONE);
        browser.open("/");
        assertFits("the home page");
        Set<String> demoShops = DemoCatalog.shops().stream().map(DemoShop::name).collect(Collectors.toSet());
        WebElement card = d().findElements(By.cssSelector(".grid .card")).stream()
                .filter(c -> demoShops.contains(c.findElement(By.cssSelector(".card__maker a")).getText()))
                .map(c -> c.findElement(By.cssSelector(".card__link"))).findFirst().orElseThrow();
        browser.navigate(card::click);
        assertFits("a listing page");
        browser.navigate(() -> d().findElement(By.cssSelector(".artisan-card__name a")).click());
        assertFits("a shop page");
        String note = d().findElement(By.cssSelector(".figures__note")).getText();
        assertTrue(note.contains("the shop's own orders") && !note.contains("''"), "one apostrophe: " + note);
    }

    @Test
    void aShopperWithUnreadMessagesSeesTheCountsInThePhoneHeader() {
        String run = run();
        List<String> ids = List.of(Http.get(base, "/test-fixtures/two-shops?run=" + run).body().split(" "));
        try {
            unreadCountsInThePhoneHeader(run, ids);
        } finally {
            Http.get(base, "/test-fixtures-retire?run=" + run);
        }
    }

    private void unreadCountsInThePhoneHeader(String run, List<String> ids) {
        String shopper = "shopper-" + run + "@it.atelier";

        signIn(shopper, FixtureServlet.PASSWORD);
        browser.open("/listings/" + ids.get(3)); // maker B's stacking ring: into the cart
        browser.navigate(() -> byId("add-to-cart").click());
        browser.open("/listings/" + ids.get(0)); // maker A's brooch: a question
        browser.navigate(() -> byId("message-maker").click());
        type("write:text", EUROPEAN + "?");
        browser.navigate(() -> byId("write:send").click());
        assertEquals(EUROPEAN + "?", d().findElement(By.cssSelector(".bubble--mine .bubble__body")).getText());

        signIn("maker-a-" + run + "@it.atelier", FixtureServlet.PASSWORD);
        browser.navigate(() -> byId("messages-link").click());
        browser.navigate(() -> d().findElement(By.cssSelector(".inbox__item--unread .inbox__link")).click());
        assertEquals(EUROPEAN + "?", d().findElement(By.cssSelector(".bubble__body")).getText());
        type("thread:text", "Ja – gerne, ß und é sind kein Problem.");
        browser.ajax(() -> byId("thread:send").click());

        signIn(shopper, FixtureServlet.PASSWORD);
        browser.resize(Browser.PHONE);
        browser.open("/");
        for (String count : List.of("messages-count", "unread-count", "cart-count")) {
            WebElement badge = byId(count);
            assertTrue(badge.isDisplayed(), count + " is displayed");
            assertTrue(badge.getRect().getWidth() >= 12 && badge.getRect().getHeight() >= 12,
                    count + " is big enough to read: " + badge.getRect().getDimension());
            assertTrue(badge.getRect().getX() + badge.getRect().getWidth() <= 375, count + " is on the screen");
            assertTrue(badge.getText().replaceAll("\\D", "").matches("[1-9]\\d*"), count + " shows a number: " + badge.getText());
        }
        assertFits("the header of a signed-in shopper");
        browser.screenshot("phone-header-counts-phone");
        browser.resize(Browser.DESKTOP);
        browser.screenshot("phone-header-counts-desktop");
        browser.navigate(() -> byId("messages-link").click());
        browser.navigate(() -> d().findElement(By.cssSelector(".inbox__item--unread .inbox__link")).click());
        assertEquals("Ja – gerne, ß und é sind kein Problem.",
                d().findElements(By.cssSelector(".bubble--theirs .bubble__body")).get(0).getText());
    }

    @Test
    void shopperMakerAndMessageThreadQuoteTheSameOrderNumber() {
        String run = run();
        String shopOrder = Http.get(base, "/test-fixtures/delivered?run=" + run).body().split(" ")[0];
        try {
            sameOrderNumberEverywhere(run, shopOrder);
        } finally {
            Http.get(base, "/test-fixtures-retire?run=" + run);
        }
    }

    private void sameOrderNumberEverywhere(String run, String shopOrder) {

        signIn("shopper-" + run + "@it.atelier", FixtureServlet.PASSWORD);
        browser.open("/account/orders");
        WebElement part = d().findElement(By.cssSelector(".shop-order[data-shop-order='" + shopOrder + "']"));
        String number = part.findElement(By.cssSelector(".shop-order__number")).getText().replace("Order ", "");
        assertTrue(number.matches("\\d+-\\d+"), "an order number: " + number);
        String orderHeading = part.findElement(By.xpath("ancestor::article")).findElement(By.tagName("h2")).getText();
        assertTrue(number.startsWith(orderHeading.replace("Order ", "") + "-"), orderHeading + " / " + number);
        browser.navigate(() -> part.findElement(By.cssSelector(".message-shop")).click());
        assertEquals("Order " + number, byId("about").getText(), "the new message names the same order");
        type("write:text", "Dziękuję – the ring is schön!");
        browser.navigate(() -> byId("write:send").click());
        assertTrue(d().findElement(By.cssSelector(".conversation__header")).getText().contains("Order " + number),
                "the thread names the same order");
        assertEquals("Dziękuję – the ring is schön!", d().findElement(By.cssSelector(".bubble--mine .bubble__body")).getText());

        signIn("maker-a-" + run + "@it.atelier", FixtureServlet.PASSWORD);
        browser.open("/seller/orders?status=all");
        assertEquals("Order " + number, byId("order-" + shopOrder + "-title").getText(), "the maker sees the same number");
        browser.open("/seller/messages");
        assertTrue(d().findElement(By.cssSelector(".inbox__item--unread")).getText().contains("Order " + number),
                "the maker's inbox names the same order");
    }

    /** Signs up a new artisan, opens a pending shop and saves a draft piece; answers the piece's id. */
    private String pendingShopWithADraft(String run, String title) {
        browser.open("/signup");
        browser.script("localStorage.clear();"); // no compare tray over the buttons
        browser.open("/signup");
        type("signup:name", "Zofia Test");
        type("signup:email", "pending-" + run + "@it.atelier");
        type("signup:password", "a brooch for every coat");
        browser.navigate(() -> byId("signup:submit").click());
        followVerificationLink("pending-" + run + "@it.atelier");
        browser.open("/seller/shop");
        type("shop:name", "Pracownia Łódź " + run);
        type("shop:tagline", EUROPEAN);
        type("shop:story", "Drut, kamień i cierpliwość – " + EUROPEAN);
        type("shop:city", "Łódź");
        new Select(byId("shop:country")).selectByValue("PL");
        type("shop:makers", "Ja, sama");
        browser.ajax(() -> byId("shop:save").click());
        browser.open("/seller/listing/edit");
        type("listing:title", title);
        new Select(byId("listing:category")).selectByValue("rings");
        type("listing:price", "89.50");
        browser.navigate(() -> byId("listing:save").click());
        assertTrue(d().getCurrentUrl().contains("/seller/listing/edit?id="), d().getCurrentUrl());
        return d().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
    }

    private static String priceMessage() {
        List<WebElement> messages = d().findElements(By.cssSelector("[id='listing:price'] ~ .ui-message-error"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    @Test
    void pricesAreTypedTheGermanWayInGermanAndTooLargeSaysTheMaximum() {
        String run = run();
        String id = pendingShopWithADraft(run, "Broszka – Straße, Kraków " + run);
        browser.open("/seller/listing/edit?id=" + id);
        type("listing:price", "1234567");
        browser.ajax(() -> byId("listing:save").click());
        assertTrue(priceMessage().contains("at most 100,000") && !priceMessage().contains("decimals"), priceMessage());

        browser.open("/seller/listing/edit?id=" + id + "&lang=de");
        type("listing:price", "1.234,50");
        browser.ajax(() -> byId("listing:save").click());
        assertEquals("", priceMessage(), "1.234,50 is an amount in German");
        assertEquals("1234,50", byId("listing:price").getAttribute("value"), "shown back the German way");
        type("listing:price", "12,50");
        browser.ajax(() -> byId("listing:save").click());
        assertEquals("", priceMessage(), "12,50 is an amount in German");
        type("listing:price", "1234567");
        browser.ajax(() -> byId("listing:save").click());
        assertTrue(priceMessage().contains("100.000"), priceMessage());
        type("listing:price", "12,555");
        browser.ajax(() -> byId("listing:save").click());
        assertTrue(priceMessage().contains("Nachkommastellen"), priceMessage());
        browser.open("/seller/listing/edit?id=" + id + "&lang=en");
        assertEquals("12.50", byId("listing:price").getAttribute("value"), "the German 12,50 was saved");

        // Shipping rates and the free-shipping threshold: the same reading, and too large says the maximum.
        browser.open("/seller/shop?lang=de");
        type("shop:shipDomestic", "12,50");
        type("shop:freeOver", "1234567");
        browser.ajax(() -> byId("shop:save").click());
        String freeOver = d().findElement(By.cssSelector("[id='shop:freeOver'] ~ .ui-message-error")).getText();
        assertTrue(freeOver.contains("99.999,00"), freeOver);
        assertEquals("1234567", byId("shop:freeOver").getAttribute("value"), "what was typed stays to be corrected");
        type("shop:freeOver", "1.250,00");
        browser.ajax(() -> byId("shop:save").click());
        assertTrue(d().findElements(By.cssSelector(".ui-message-error")).isEmpty(), "saved");
        browser.open("/seller/shop?lang=en");
        assertEquals("12.50", byId("shop:shipDomestic").getAttribute("value"));
        assertEquals("1250.00", byId("shop:freeOver").getAttribute("value"));
        type("shop:shipWorld", "1234567");
        browser.ajax(() -> byId("shop:save").click());
        String world = d().findElement(By.cssSelector("[id='shop:shipWorld'] ~ .ui-message-error")).getText();
        assertTrue(world.contains("999.00") && !world.contains("decimals"), world);
        browser.screenshot("phone-shop-shipping-too-large-desktop");
    }

    @Test
    void anArtisanPreviewsTheirPendingShopAndPublishingSaysWhenShoppersWillSeeThePiece() {
        String run = run();
        String title = "Broszka – Straße, Kraków " + run;
        String id = pendingShopWithADraft(run, title);

        // Publish: it says when shoppers will see it, and a refresh shows the same listing.
        upload("listing:photo", TestFiles.jpeg("brooch.jpg", new Color(0x7A6A5A)));
        browser.until(x -> x.findElements(By.cssSelector(".photo-list__item")).size() == 1);
        browser.navigate(() -> byId("listing:publish").click());
        String said = d().findElement(By.cssSelector(".notice--info")).getText();
        assertTrue(said.contains("once your shop is verified") && !said.contains("visible to shoppers"), said);
        assertTrue(d().getCurrentUrl().contains("/seller/listing/edit?id=" + id), d().getCurrentUrl());
        browser.screenshot("phone-listing-after-publish-desktop");
        browser.navigate(() -> d().navigate().refresh());
        assertEquals(title, byId("listing:title").getAttribute("value"), "a refresh shows the listing, not an empty form");
        assertTrue(d().findElement(By.cssSelector(".status--ACTIVE")).isDisplayed());
        browser.resize(Browser.PHONE);
        browser.screenshot("phone-listing-after-publish-phone");
        browser.resize(Browser.DESKTOP);

        // "Visit the shop" from the piece's preview: the owner sees the shop page as a preview.
        browser.open("/listings/" + id);
        String slug = d().findElement(By.cssSelector(".section__more")).getAttribute("href").replaceAll(".*/shops/", "");
        browser.navigate(() -> d().findElement(By.cssSelector(".section__more")).click());
        assertTrue(byId("shop-preview").getText().contains("not visible to shoppers until"), byId("shop-preview").getText());
        assertEquals("Pracownia Łódź " + run, d().findElement(By.cssSelector("h1.shop-hero__name")).getText());
        assertEquals(EUROPEAN, d().findElement(By.cssSelector(".shop-hero__tagline")).getText());
        assertEquals(List.of(title), d().findElements(By.cssSelector(".grid .card__title")).stream()
                .map(WebElement::getText).toList(), "the published piece, as shoppers will see it");
        assertTrue(d().findElements(By.id("message-maker")).isEmpty(), "no messaging oneself");
        browser.screenshot("phone-shop-preview-desktop");
        browser.resize(Browser.PHONE);
        assertFits("the shop preview");
        browser.screenshot("phone-shop-preview-phone");
        browser.resize(Browser.DESKTOP);
        browser.open("/seller/shop");
        assertTrue(byId("shop-page").getText().startsWith("Preview your shop page"), byId("shop-page").getText());

        signIn("shopper@demo.atelier", "atelier-demo");
        browser.open("/shops/" + slug);
        assertTrue(d().findElement(By.cssSelector(".error-page__title")).getText().contains("could not find"),
                "another account gets a 404");
        signOut();
        browser.open("/shops/" + slug);
        assertTrue(d().findElement(By.cssSelector(".error-page__title")).getText().contains("could not find"),
                "a visitor gets a 404");
    }

    @Test
    void theBrowsersFaviconRequestFindsOne() {
        HttpResponse<String> icon = Http.get(base, "/favicon.ico");
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
                icon.headers().firstValue("Content-Type").orElse(""));
        browser.open("/");
        String href = d().findElement(By.cssSelector("link[rel=icon][type='image/svg+xml']")).getAttribute("href");
        assertTrue(href.startsWith(base.toString().replaceAll("/$", "")), href);
        assertEquals(200, Http.get(base, href.substring(base.toString().replaceAll("/$", "").length())).statusCode(), href);
    }

    private static String run() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
