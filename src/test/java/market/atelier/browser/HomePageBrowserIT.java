package market.atelier.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import market.atelier.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A first visit: the home page shows real pieces with their pictures, and the footer switches the language. */
@RunAsClient
class HomePageBrowserIT extends BrowserTestBase {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier();
    }

    @Test
    void theHomePageShowsListingsWithLoadedPicturesMakersAndPrices() {
        browser.open("/");
        List<WebElement> cards = browser.driver().findElements(By.cssSelector(".grid .card"));
        assertTrue(cards.size() >= 12, "at least a dozen new pieces, found " + cards.size());
        // Demo pieces have drawn photos; pieces made by other tests may have none and show the placeholder.
        List<WebElement> withPhotos = cards.stream()
                .filter(c -> c.findElement(By.cssSelector(".card__photo img")).getAttribute("src").contains("/media/"))
                .toList();
        assertTrue(withPhotos.size() >= 8, "most new pieces show a stored photo, found " + withPhotos.size());
        for (WebElement card : withPhotos.subList(0, 4)) {
            WebElement img = card.findElement(By.cssSelector(".card__photo img"));
            browser.until(d -> (Boolean) browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0;", img));
            assertTrue(!img.getAttribute("alt").isBlank(), "every photo has alt text");
            assertTrue(card.findElement(By.cssSelector(".price")).getText().contains("€"));
            assertTrue(!card.findElement(By.cssSelector(".card__maker a")).getText().isBlank());
        }
        long distinctPictures = withPhotos.stream()
                .map(c -> c.findElement(By.cssSelector("img")).getAttribute("src")).distinct().count();
        assertEquals(withPhotos.size(), distinctPictures, "every piece has its own picture");
        browser.screenshot("home-desktop");
        browser.resize(Browser.PHONE);
        assertTrue(browser.fitsWidth(), "no horizontal scrolling at 375 px");
        browser.screenshot("home-phone");
    }

    @Test
    void theFooterSwitchesToGermanAndBackAndTheChoiceIsRemembered() {
        browser.open("/");
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("New pieces", browser.driver().findElement(By.id("new-pieces")).getText());

        browser.navigate(() -> browser.driver().findElement(By.cssSelector(".site-footer__language a[lang='de']")).click());
        assertEquals("de", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Neue Stücke", browser.driver().findElement(By.id("new-pieces")).getText());

        browser.open("/");
        assertEquals("Neue Stücke", browser.driver().findElement(By.id("new-pieces")).getText(),
                "the chosen language sticks on the next visit");
        browser.screenshot("home-german");

        browser.navigate(() -> browser.driver().findElement(By.cssSelector(".site-footer__language a[lang='en']")).click());
        assertEquals("New pieces", browser.driver().findElement(By.id("new-pieces")).getText());
    }

    @Test
    void anUnknownAddressShowsTheStyledNotFoundPage() {
        browser.open("/no-such-page-here");
        assertTrue(browser.driver().findElement(By.cssSelector(".error-page__title")).getText().contains("could not find"));
        assertTrue(browser.driver().findElements(By.cssSelector(".error-page__trace")).isEmpty(),
                "no stack trace in Production stage");
        browser.screenshot("not-found");
    }

    @Test
    void aFormSentWithMoreThanItTakesShowsAPageSayingSo() {
        browser.open("/login");
        // About 3 MB typed into the sign-in form (no photo goes there), sent as a plain form post.
        browser.navigate(() -> browser.script("var e = document.getElementById('login:email');"
                + " e.removeAttribute('maxlength'); e.value = 'Zoë Müller – Kraków, Straße '.repeat(100000);"
                + " document.getElementById('login').submit();"));
        assertTrue(browser.driver().findElement(By.cssSelector(".error-page__title")).getText()
                .contains("more than this page takes"));
        assertTrue(browser.driver().findElements(By.cssSelector(".error-page__trace")).isEmpty());
        assertTrue(browser.screenshotsFit("too-large"), "no sideways scrolling on a phone");
    }
}
