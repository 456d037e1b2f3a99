package market.atelier.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.UUID;
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
 * A shopper who received a piece reviews it by aspect, with a photo; the maker replies once, publicly; the shop page
 * and the compare page show the new averages beside the other shop's "no reviews yet".
 */
@RunAsClient
class ReviewJourneyBrowserIT extends BrowserTestBase {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(FixtureServlet.class, Fixtures.class);
    }

    @Test
    void aBuyerReviewsByAspectTheMakerRepliesAndTheShopAndComparePagesShowIt() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> fixture = List.of(Http.get(base, "/test-fixtures/delivered?run=" + run).body().split(" "));
        String line = fixture.get(1);
        String slugA = fixture.get(2);
        String slugB = fixture.get(3);
        signOut();
        signIn("shopper-" + run + "@it.atelier", FixtureServlet.PASSWORD);

        browser.open("/account/orders");
        browser.navigate(() -> byId("review-line-" + line).click());
        assertTrue(d().getCurrentUrl().contains("/account/review?line=" + line), d().getCurrentUrl());
        assertAccessible("review form");

        // Sending without scores keeps the text and says what is missing.
        String body = "Wunderschön – the hammered texture is even all round, łagodny, café-smooth inside 💍";
        type("review:body", body);
        browser.navigate(() -> byId("review:send").click());
        assertFalse(d().findElements(By.cssSelector(".ui-message-error, .notice--error")).isEmpty(),
                "missing scores are named");
        assertEquals(body, byId("review:body").getAttribute("value"), "nothing typed is lost");

        List<WebElement> aspects = d().findElements(By.cssSelector("fieldset.rating-field"));
        assertEquals(4, aspects.size(), "four aspects");
        int[] scores = {5, 4, 5, 3};
        for (int i = 0; i < 4; i++) {
            WebElement radio = aspects.get(i).findElement(By.cssSelector("input[value='" + scores[i] + "']"));
            d().findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
        }
        browser.ajax(() -> upload("review:photo", TestFiles.jpeg("review-ring.jpg", new Color(180, 140, 90))));
        assertEquals(1, d().findElements(By.cssSelector("#review\\:photos img")).size(), "the photo is attached");
        assertTrue(browser.screenshotsFit("review-form"), "the review form fits a phone");
        browser.navigate(() -> byId("review:send").click());
        assertTrue(d().getCurrentUrl().contains("/account/orders"), d().getCurrentUrl());
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("Thank you"));
        assertTrue(d().findElement(By.cssSelector(".review-line__done")).getText().contains("Reviewed"));
        assertTrue(d().findElements(By.id("review-line-" + line)).isEmpty(), "reviewed once: no second link");

        // The maker replies once.
        signOut();
        signIn("maker-a-" + run + "@it.atelier", FixtureServlet.PASSWORD);
        browser.open("/seller/reviews");
        WebElement review = d().findElement(By.cssSelector(".review"));
        assertTrue(review.getText().contains(body), review.getText());
        review.findElement(By.cssSelector("textarea")).sendKeys("Thank you <b>Ana</b> — wear it well!");
        browser.ajax(() -> d().findElement(By.cssSelector(".review [id$=':sendReply']")).click());
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("published"));
        assertTrue(d().findElements(By.cssSelector(".review textarea")).isEmpty(), "one reply only");
        assertAccessible("seller reviews");
        browser.screenshot("seller-reviews-desktop");
        String reviewId = d().findElement(By.cssSelector(".review")).getAttribute("data-review");
        signOut();

        // The shop page, as anyone sees it: the averages, the review, the photo and the reply (as text).
        browser.open("/shops/" + slugA + "#reviews");
        assertEquals("5.0", d().findElement(By.cssSelector(".shop-quality [data-aspect='craftsmanship']")).getText());
        assertEquals("3.0", d().findElement(By.cssSelector(".shop-quality [data-aspect='packaging']")).getText());
        WebElement shown = d().findElement(By.cssSelector("#reviews .review"));
        assertTrue(shown.getText().contains(body), "the review as typed: " + shown.getText());
        assertTrue(shown.getText().contains("Thank you <b>Ana</b> — wear it well!"), "the reply, escaped");
        assertEquals(1, shown.findElements(By.cssSelector(".review__photos img")).size());
        assertEquals("4 / 5", shown.findElements(By.cssSelector(".stars")).get(1).getAttribute("aria-label"));
        assertAccessible("shop page with reviews");
        assertTrue(browser.screenshotsFit("shop-reviews"), "the shop page fits a phone");

        // Filtering by an aspect's score.
        new org.openqa.selenium.support.ui.Select(byId("review-aspect")).selectByValue("packaging");
        new org.openqa.selenium.support.ui.Select(byId("review-score")).selectByValue("5");
        browser.navigate(() -> d().findElement(By.cssSelector(".review-filter button")).click());
        assertTrue(d().findElements(By.cssSelector("#reviews .review")).isEmpty(), "no review gave packaging 5");
        assertTrue(d().findElement(By.cssSelector("#reviews .empty-state")).getText().contains("No review gave"));

        // A reader reports the review; an admin keeps it, and the decision is on record.
        signIn("shopper-" + run + "@it.atelier", FixtureServlet.PASSWORD);
        browser.open("/account/report-review?review=" + reviewId);
        browser.ajax(() -> byId("report:send").click());
        assertTrue(d().findElement(By.cssSelector(".ui-message-error, .notice--error")).isDisplayed(), "a reason is needed");
        type("report:reason", "It names the maker's apprentice.");
        browser.ajax(() -> byId("report:send").click());
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("An admin will look"));
        signOut();
        signIn("admin@demo.atelier", "atelier-demo");
        browser.open("/admin/reviews");
        WebElement reported = d().findElement(By.cssSelector("[data-review='" + reviewId + "']"));
        assertTrue(reported.getText().contains("It names the maker's apprentice."), reported.getText());
        reported.findElement(By.cssSelector("input[id$=':note']")).sendKeys("Names a first name only; honest review");
        browser.ajax(() -> d().findElement(By.cssSelector("[data-review='" + reviewId + "'] [id$=':keep']")).click());
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("stays"));
        assertTrue(d().findElements(By.cssSelector("[data-review='" + reviewId + "']")).isEmpty(), "no longer open");
        assertTrue(byId("decisions").getText().contains("Names a first name only; honest review"));
        assertAccessible("moderation");
        browser.screenshot("moderation-desktop");
        signOut();

        // The compare page: the new averages beside the other shop's nothing yet.
        browser.open("/compare?shops=" + slugA + "," + slugB);
        WebElement ratingA = d().findElement(By.cssSelector("td[data-shop='" + slugA + "'][data-row='rating']"));
        assertTrue(ratingA.getText().contains("5.0") && ratingA.getText().contains("1 review"), ratingA.getText());
        WebElement ratingB = d().findElement(By.cssSelector("td[data-shop='" + slugB + "'][data-row='rating']"));
        assertTrue(ratingB.getText().contains("No reviews yet"), ratingB.getText());
        WebElement onTimeA = d().findElement(By.cssSelector("td[data-shop='" + slugA + "'][data-row='onTime']"));
        assertTrue(onTimeA.getText().contains("Not enough data yet (1 order)"), onTimeA.getText());
        assertAccessible("compare with figures");
        browser.screenshot("compare-figures-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("compare-figures-phone");
        browser.resize(Browser.DESKTOP);
    }
}
