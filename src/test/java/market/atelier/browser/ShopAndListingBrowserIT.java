package market.atelier.browser;

import static market.atelier.it.FixtureServlet.HOSTILE;
import static market.atelier.it.FixtureServlet.HOSTILE_SHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import market.atelier.demo.DemoCatalog;
import market.atelier.demo.DemoShop;
import market.atelier.it.Deployments;
import market.atelier.it.FixtureServlet;
import market.atelier.it.Fixtures;
import market.atelier.it.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** A shopper goes from the home page to a piece, meets its maker, and visits the shop; hostile names stay text. */
@RunAsClient
class ShopAndListingBrowserIT extends BrowserTestBase {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(FixtureServlet.class, Fixtures.class);
    }

    @Test
    void fromTheHomePageToAPieceItsMakerAndTheirShop() {
        browser.open("/");
        // A piece of a demo shop (other tests add shops with a single piece, or none with photos).
        Set<String> demoShops = DemoCatalog.shops().stream().map(DemoShop::name).collect(Collectors.toSet());
        WebElement first = browser.driver().findElements(By.cssSelector(".grid .card")).stream()
                .filter(card -> demoShops.contains(card.findElement(By.cssSelector(".card__maker a")).getText()))
                .map(card -> card.findElement(By.cssSelector(".card__link")))
                .findFirst().orElseThrow();
        String title = first.findElement(By.cssSelector(".card__title")).getText();
        browser.navigate(first::click);

        assertEquals(title, browser.driver().findElement(By.cssSelector("h1.listing__title")).getText());
        assertTrue(browser.driver().findElement(By.cssSelector(".listing__price .price")).getText().contains("€"));
        WebElement card = browser.driver().findElement(By.cssSelector(".artisan-card"));
        String shopName = card.findElement(By.cssSelector(".artisan-card__name a")).getText();
        assertFalse(shopName.isBlank());
        WebElement photo = browser.driver().findElement(By.cssSelector(".gallery__slide img"));
        browser.until(d -> (Boolean) browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0;", photo));
        assertFalse(photo.getAttribute("alt").isBlank(), "the piece photo has the artisan's alt text");
        assertFalse(browser.driver().findElements(By.cssSelector(".details dd")).isEmpty());
        assertTrue(browser.screenshotsFit("listing"), "listing page fits 375 px");

        browser.navigate(() -> browser.driver().findElement(By.cssSelector(".artisan-card__name a")).click());
        assertEquals(shopName, browser.driver().findElement(By.cssSelector("h1.shop-hero__name")).getText());
        assertTrue(browser.driver().findElements(By.cssSelector(".grid .card")).size() >= 3, "the shop's pieces");
        assertFalse(browser.driver().findElement(By.cssSelector(".shop-story .prose p")).getText().isBlank());
        browser.screenshot("shop-desktop");
        browser.resize(Browser.PHONE);
        assertTrue(browser.fitsWidth(), "shop page fits 375 px");
        browser.screenshot("shop-phone");
    }

    @Test
    void markupInShopAndListingTextsIsShownAsTextAndNeverRuns() {
        String slug = Http.get(base, "/test-fixtures/hostile-shop").body();
        browser.open("/shops/" + slug);
        assertEquals(HOSTILE_SHOP, browser.driver().findElement(By.cssSelector("h1.shop-hero__name")).getText());
        assertEquals(HOSTILE, browser.driver().findElement(By.cssSelector(".shop-hero__tagline")).getText());
        assertNoScriptRan();

        browser.navigate(() -> browser.driver().findElement(By.cssSelector(".grid .card .card__link")).click());
        assertEquals("Ring " + HOSTILE, browser.driver().findElement(By.cssSelector("h1.listing__title")).getText());
        assertEquals(HOSTILE, browser.driver().findElement(By.cssSelector(".listing__description")).getText());
        assertNoScriptRan();
    }

    @Test
    void piecesOfPendingShopsAndUnknownIdsAreNotFound() {
        browser.open("/shops/drut-i-kamien");
        assertTrue(browser.driver().findElement(By.cssSelector(".error-page__title")).getText().contains("could not find"),
                "a shop that is not verified yet is not public");
        browser.open("/listings/999999999");
        assertTrue(browser.driver().findElement(By.cssSelector(".error-page__title")).getText().contains("could not find"));
        browser.open("/listings/not-a-number");
        assertTrue(browser.driver().findElement(By.cssSelector(".error-page__title")).getText().contains("could not find"));
    }

    private void assertNoScriptRan() {
        assertNull(browser.script("return window.__xss;"), "no injected script ran");
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // good: nothing ran
        }
    }
}
