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

/** The proof a shopper sees: the public rubric, badges beside pieces, and a shop's dated badge history. */
@RunAsClient
class VerificationBrowserIT extends BrowserTestBase {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier();
    }

    @Test
    void theRubricListsEveryBadgeWithItsCriteriaInEnglishAndGerman() {
        browser.open("/verification");
        List<WebElement> badges = browser.driver().findElements(By.cssSelector(".rubric__badge"));
        assertEquals(4, badges.size());
        assertTrue(badges.get(0).getText().contains("Handmade verified"));
        assertTrue(badges.get(0).getText().contains("three stages of making"));
        assertTrue(badges.get(3).getText().contains("Trusted maker"));
        assertTrue(badges.get(3).getText().contains("computed every night"), "a computed badge says it is not applied for");
        assertTrue(badges.get(3).getText().contains("At least 95 % of orders shipped within the promised processing"));
        assertEquals(8 + 4, browser.driver().findElements(By.cssSelector(".rubric__criteria tbody tr")).size());
        browser.screenshot("rubric-desktop");
        browser.resize(Browser.PHONE);
        assertTrue(browser.fitsWidth());
        browser.screenshot("rubric-phone");
        browser.open("/verification?lang=de");
        assertTrue(browser.driver().findElement(By.cssSelector(".rubric__badge")).getText().contains("Handarbeit geprüft"));
        browser.open("/verification?lang=en");
    }

    @Test
    void aVerifiedMakersBadgeStandsBesideTheirPiecesAndLeadsToItsDatedHistory() {
        browser.open("/shops/oficina-mare");
        WebElement heroBadge = browser.driver().findElement(By.cssSelector(".shop-hero__badges .badge--HANDMADE"));
        assertEquals("Handmade verified", heroBadge.getText());
        assertTrue(heroBadge.getAttribute("title").contains("Checked by Atelier's verifiers"), heroBadge.getAttribute("title"));
        assertTrue(browser.driver().findElements(By.cssSelector(".grid .card .badge--HANDMADE")).size() >= 3,
                "the badge is beside every piece on the shop page");

        browser.navigate(() -> browser.driver().findElement(By.cssSelector(".grid .card .card__link")).click());
        WebElement cardBadge = browser.driver().findElement(By.cssSelector(".artisan-card .badge--HANDMADE"));
        assertEquals("Handmade verified", cardBadge.getText());

        browser.navigate(cardBadge::click);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/shops/oficina-mare/verification"));
        String timeline = browser.driver().findElement(By.cssSelector(".timeline")).getText();
        assertTrue(timeline.contains("Handmade verified: granted"), timeline);
        assertTrue(browser.driver().findElement(By.cssSelector(".badge-summary")).getText().contains("valid until"));
        browser.screenshot("history-desktop");

        browser.open("/");
        assertTrue(browser.driver().findElements(By.cssSelector(".grid .card .badge")).size() >= 8,
                "badges beside the new pieces on the home page");
    }
}
