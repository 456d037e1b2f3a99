package market.atelier.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import market.atelier.it.Deployments;
import market.atelier.it.FixtureServlet;
import market.atelier.it.Fixtures;
import market.atelier.it.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Discovery as a shopper does it: search, narrow down, sort, page, go back; collect two shops into the compare tray
 * and compare them; save a piece before signing in. The pages pass axe-core; screenshots at desktop and phone width.
 */
@RunAsClient
class DiscoveryBrowserIT extends BrowserTestBase {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(FixtureServlet.class, Fixtures.class);
    }

    @BeforeEach
    void thirtySilverRingsOfAVerifiedShop() throws Exception {
        Http.get(base, "/test-fixtures/silver-rings");
    }

    @Test
    void searchNarrowSortPageAndComeBack() {
        browser.open("/");
        assertAccessible("home");
        type("site-search-q", "silver ring");
        browser.navigate(() -> byId("site-search-q").submit());
        assertTrue(d().getCurrentUrl().contains("/search?q=silver+ring"), d().getCurrentUrl());
        int all = total();
        assertTrue(all > 24, "more than a page of silver rings, found " + all);
        assertAccessible("search");

        browser.navigate(() -> d().findElement(By.cssSelector("a.facet__toggle[href*='verified=true']")).click());
        int verified = total();
        assertTrue(verified > 24 && verified <= all, "verified only: " + verified + " of " + all);

        type("maxPrice", "100");
        browser.navigate(() -> byId("maxPrice").submit());
        assertTrue(d().getCurrentUrl().contains("maxPrice=100"), d().getCurrentUrl());

        new org.openqa.selenium.support.ui.Select(byId("sort")).selectByValue("price_asc");
        browser.navigate(() -> byId("sort").submit());
        String firstPageUrl = d().getCurrentUrl();
        assertTrue(firstPageUrl.contains("sort=price_asc") && firstPageUrl.contains("verified=true"), firstPageUrl);
        int narrowed = total();
        assertTrue(narrowed > 24, "still more than one page under 100 EUR: " + narrowed);
        List<BigDecimal> pageOne = prices();
        assertEquals(24, pageOne.size());
        assertSorted(pageOne);
        everyCardIsVerified();
        browser.screenshot("search-desktop");

        browser.navigate(() -> d().findElement(By.cssSelector(".pagination a[rel='next']")).click());
        assertTrue(d().getCurrentUrl().contains("page=2"), d().getCurrentUrl());
        List<BigDecimal> pageTwo = prices();
        assertEquals(narrowed - 24, pageTwo.size(), "page two holds the rest");
        assertSorted(pageTwo);
        assertTrue(pageOne.get(23).compareTo(pageTwo.get(0)) <= 0, "page two goes on where page one ended");
        pageTwo.forEach(p -> assertTrue(p.compareTo(new BigDecimal("100")) <= 0, "under 100 EUR: " + p));
        everyCardIsVerified();

        // Back may come from the browser's page cache (scripts' state and all), so wait on the address instead.
        d().navigate().back();
        browser.until(driver -> driver.getCurrentUrl().equals(firstPageUrl));
        browser.waitIdle();
        assertEquals(pageOne, prices());
        assertEquals("price_asc", new org.openqa.selenium.support.ui.Select(byId("sort")).getFirstSelectedOption()
                .getAttribute("value"));
        assertEquals("100", byId("maxPrice").getAttribute("value"));

        browser.resize(Browser.PHONE);
        assertTrue(browser.fitsWidth(), "search fits a phone");
        browser.screenshot("search-phone");
    }

    @Test
    void twoShopsFromTheResultsIntoTheCompareTrayAndSideBySide() {
        browser.open("/search?q=ring");
        browser.script("localStorage.clear();");
        browser.open("/search?q=ring");
        List<WebElement> toggles = d().findElements(By.cssSelector(".card__compare"));
        WebElement first = toggles.get(0);
        String firstShop = first.getAttribute("data-compare-name");
        WebElement second = toggles.stream()
                .filter(t -> !t.getAttribute("data-compare-name").equals(firstShop)).findFirst().orElseThrow();
        String secondShop = second.getAttribute("data-compare-name");
        WebElement tray = byId("compare-tray");
        assertFalse(tray.isDisplayed(), "no tray before a shop is chosen");

        first.click();
        browser.until(driver -> tray.isDisplayed());
        assertEquals("true", first.getAttribute("aria-pressed"));
        assertTrue(tray.getText().contains(firstShop));
        assertFalse(tray.findElement(By.cssSelector(".compare-tray__go")).isDisplayed(), "one shop: nothing to compare yet");
        assertTrue(tray.getText().contains("Add one more shop"));

        second.click();
        WebElement go = tray.findElement(By.cssSelector(".compare-tray__go"));
        browser.until(driver -> go.isDisplayed());
        // Every card of the same shop shows it as chosen.
        d().findElements(By.cssSelector(".card__compare[data-compare-name='" + firstShop.replace("'", "\\'") + "']"))
                .forEach(t -> assertEquals("true", t.getAttribute("aria-pressed")));

        // The tray survives a new page: it is kept in this browser.
        browser.open("/");
        browser.until(driver -> byId("compare-tray").isDisplayed());
        browser.navigate(() -> byId("compare-tray").findElement(By.cssSelector(".compare-tray__go")).click());
        assertTrue(d().getCurrentUrl().contains("/compare?shops="), d().getCurrentUrl());
        List<String> columns = d().findElements(By.cssSelector(".compare-table__name")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of(firstShop, secondShop), columns);
        String table = d().findElement(By.cssSelector(".compare-table")).getText();
        for (String row : List.of("Verification", "Rating and reviews", "Sales", "On-time shipping",
                "Median first response", "Cancelled by the shop", "Returned as not described", "Processing time",
                "Return policy", "Ships from", "Price range", "Sample pieces")) {
            assertTrue(table.contains(row), "row " + row);
        }
        assertTrue(table.contains(" %") || table.contains("Not enough data yet"), "figures, or why there are none");
        assertEquals(2 * 3, d().findElements(By.cssSelector(".compare-samples li")).size(), "three pieces each");
        assertFalse(byId("compare-tray").isDisplayed(), "the compare page needs no tray");
        assertAccessible("compare");
        browser.screenshot("compare-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("compare-phone");
        browser.resize(Browser.DESKTOP);

        // Removing a shop leaves one column and asks for another.
        browser.navigate(() -> d().findElements(By.cssSelector(".compare-table__remove")).get(1).click());
        assertEquals(1, d().findElements(By.cssSelector(".compare-table__name")).size());
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("Add one more shop"));
    }

    @Test
    void aVisitorSavesAPieceSignsInAndFindsItInFavourites() {
        signOut();
        browser.open("/search?q=silver+ring&verified=true&sort=price_asc");
        String searchUrl = d().getCurrentUrl();
        WebElement card = d().findElements(By.cssSelector(".grid .card")).get(2);
        String piece = card.findElement(By.cssSelector(".card__title")).getText();
        String cardId = card.getAttribute("id");
        assertEquals("false", card.findElement(By.cssSelector(".heart")).getAttribute("aria-pressed"));

        browser.navigate(() -> card.findElement(By.cssSelector(".heart")).click());
        assertTrue(d().getCurrentUrl().contains("/login"), "a visitor signs in first: " + d().getCurrentUrl());
        type("login:email", "shopper@demo.atelier");
        type("login:password", "atelier-demo");
        browser.navigate(() -> byId("login:submit").click());

        assertEquals(searchUrl, d().getCurrentUrl().replaceFirst("#.*", ""), "back on the page of the click");
        assertEquals("true", byId(cardId).findElement(By.cssSelector(".heart")).getAttribute("aria-pressed"),
                "the heart is filled: saved");

        List<String> saved = savedPieces();
        assertTrue(saved.contains(piece), piece + " in " + saved);
        browser.screenshot("favourites-desktop");

        // Signed in, the heart saves and forgets in the background.
        WebElement heart = byId(cardId).findElement(By.cssSelector(".heart"));
        heart.click();
        browser.until(driver -> "false".equals(heart.getAttribute("aria-pressed")));
        assertFalse(savedPieces().contains(piece), "forgotten");
        browser.open("/search?q=silver+ring&verified=true&sort=price_asc");
        WebElement again = byId(cardId).findElement(By.cssSelector(".heart"));
        again.click();
        browser.until(driver -> "true".equals(again.getAttribute("aria-pressed")));
        assertTrue(savedPieces().contains(piece), "saved again");
    }

    @Test
    void aHeartPostedFromAnotherSiteIsRefused() throws Exception {
        signIn("shopper@demo.atelier", "atelier-demo");
        String session = d().manage().getCookieNamed("JSESSIONID").getValue();
        browser.open("/search?q=silver+ring&verified=true");
        String listing = d().findElement(By.cssSelector(".grid .card")).getAttribute("id").substring("piece-".length());
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.util.function.BiFunction<String, String, Integer> post = (site, origin) -> {
            try {
                return client.send(java.net.http.HttpRequest.newBuilder(Http.resolve(base, "/account/favourites/save"))
                        .header("Cookie", "JSESSIONID=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Sec-Fetch-Site", site).header("Origin", origin)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("listing=" + listing + "&action=save&back=/"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertEquals(403, post.apply("cross-site", "https://evil.example"), "another site's form");
        browser.open("/account/favourites");
        assertFalse(d().getPageSource().contains("id=\"piece-" + listing + "\""), "nothing saved by the forged post");
        String origin = base.toString().replaceFirst("/$", "");
        assertEquals(303, post.apply("same-origin", origin), "our own page's form");
        browser.open("/account/favourites");
        assertTrue(d().getPageSource().contains("id=\"piece-" + listing + "\""), "saved");
    }

    @Test
    void listingAndShopPagesPassAxeAndOfferHeartAndCompare() {
        browser.open("/search?q=silver+ring&verified=true");
        String listing = d().findElement(By.cssSelector(".grid .card__link")).getAttribute("href");
        browser.open(listing.substring(base.toString().length() - 1));
        assertAccessible("listing");
        browser.navigate(() -> d().findElement(By.cssSelector(".artisan-card__name a")).click());
        assertTrue(d().findElement(By.cssSelector(".shop-hero__actions .heart")).isDisplayed());
        assertTrue(d().findElement(By.cssSelector(".shop-hero__actions .compare-toggle")).isDisplayed());
        assertAccessible("shop");
    }

    /** The titles on /account/favourites. */
    private static List<String> savedPieces() {
        browser.open("/account/favourites");
        return d().findElements(By.cssSelector(".grid .card__title")).stream().map(WebElement::getText).toList();
    }

    private static int total() {
        return Integer.parseInt(byId("total").getText().replaceAll("\\D", ""));
    }

    private static List<BigDecimal> prices() {
        return d().findElements(By.cssSelector(".grid .card .price")).stream()
                .map(p -> new BigDecimal(p.getText().replaceAll("[^0-9.]", ""))).toList();
    }

    private static void assertSorted(List<BigDecimal> prices) {
        for (int i = 1; i < prices.size(); i++) {
            assertTrue(prices.get(i - 1).compareTo(prices.get(i)) <= 0, "ascending prices: " + prices);
        }
    }

    private static void everyCardIsVerified() {
        d().findElements(By.cssSelector(".grid .card")).forEach(card ->
                assertFalse(card.findElements(By.cssSelector(".badge--HANDMADE")).isEmpty(),
                        "every result shows the Handmade badge"));
    }
}
