package market.atelier.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.UUID;
import market.atelier.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The juried promise, end to end: a new artisan's shop is pending and its piece is not public; the artisan applies
 * with photos; a verifier approves; the piece is public with its badge; a shopper reports it; the verifier suspends
 * the badge; the piece is gone and the public history says why; the artisan appeals; the verifier restores.
 */
@RunAsClient
class VerificationJourneyBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = "atelier-demo";

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier();
    }

    private String marker;
    private String artisanEmail;

    @Test
    void pendingShopAppliesIsApprovedReportedSuspendedAppealsAndIsRestored() {
        marker = UUID.randomUUID().toString().substring(0, 6);
        String shopName = "Wire and Wonder – Drut, Größe & Café 💍 " + marker;
        String evidence = "Evidence 1: my bench in Kraków – Lötkolben, łańcuszek, schön, café 🔧";
        String title = "Wrapped quartz pendant " + marker;
        artisanEmail = "wire-" + marker + "@example.org";

        // A new artisan opens a shop and publishes a piece: pending, so only a preview.
        browser.open("/signup");
        type("signup:name", "Wanda Wire");
        type("signup:email", artisanEmail);
        type("signup:password", "wrapped in silver wire");
        browser.navigate(() -> byId("signup:submit").click());
        followVerificationLink(artisanEmail);
        browser.open("/seller/shop");
        type("shop:name", shopName);
        type("shop:city", "Kraków");
        new Select(byId("shop:country")).selectByValue("DE");
        type("shop:makers", "Solo maker");
        browser.ajax(() -> byId("shop:save").click());
        String listingId = publishPiece(title);
        String slug = d().findElement(By.cssSelector(".artisan-card__name a")).getAttribute("href").replaceAll(".*/shops/", "");
        assertTrue(d().findElement(By.cssSelector(".preview-banner")).isDisplayed());
        signOut();
        assertNotPublic(listingId, slug);

        // The artisan applies: an incomplete application is refused, then photos for every criterion.
        signIn(artisanEmail, "wrapped in silver wire");
        browser.open("/seller/verification");
        assertTrue(d().findElement(By.cssSelector(".shop-status--PENDING")).getText().contains("Pending"));
        browser.ajax(() -> byId("apply:start").click());
        assertEquals(3, d().findElements(By.cssSelector(".evidence")).size(), "one block per Handmade criterion");
        browser.ajax(() -> byId("apply:submit").click());
        assertTrue(d().findElement(By.cssSelector(".notice--error")).getText().contains("lack evidence"));
        String firstUpload = d().findElements(By.cssSelector(".evidence .ui-fileupload")).get(0).getAttribute("id");
        upload(firstUpload, TestFiles.textRenamedJpg());
        browser.until(x -> x.getPageSource().contains("not a JPEG or PNG photo"));
        assertEquals(0, photoCount(0), "a text file named .jpg is refused as evidence too");
        int[] photos = {1, 3, 1};
        for (int criterion = 0; criterion < 3; criterion++) {
            List<WebElement> texts = d().findElements(By.cssSelector(".evidence textarea"));
            type(texts.get(criterion), criterion == 0 ? evidence
                    : "Evidence " + (criterion + 1) + ": my bench, the stages and my pliers.");
            for (int p = 0; p < photos[criterion]; p++) {
                int before = photoCount(criterion);
                String uploadId = d().findElements(By.cssSelector(".evidence .ui-fileupload")).get(criterion).getAttribute("id");
                upload(uploadId, TestFiles.jpeg("evidence-" + criterion + "-" + p + ".jpg", new Color(0x40 * (p + 1), 0x60, 0x80)));
                int index = criterion;
                browser.until(x -> photoCount(index) == before + 1);
            }
        }
        assertEquals(evidence, d().findElements(By.cssSelector(".evidence textarea")).get(0).getAttribute("value"),
                "typed text survives the photo uploads");
        browser.screenshot("verification-apply-desktop");
        browser.ajax(() -> byId("apply:submit").click());
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("submitted"));
        assertTrue(d().findElement(By.cssSelector(".application")).getText().contains("waiting for review"));

        // The verifier sees it in the queue, checks each criterion, approves.
        signIn("verifier@demo.atelier", PASSWORD);
        assertTrue(Integer.parseInt(d().findElement(By.id("unread-count")).getText().replaceAll("\\D", "")) > 0,
                "the verifier's header shows unread notifications");
        for (String hostile : List.of("/verify/review?id=abc", "/verify/review?id=99999999999", "/verify/shop?id=-1",
                "/verify/review?id=%3Cscript%3E")) {
            browser.open(hostile);
            assertTrue(d().findElement(By.cssSelector(".error-page__title")).getText().contains("could not find"), hostile);
        }
        browser.open("/verify/");
        browser.screenshot("verify-queue-desktop");
        openReview(shopName);
        assertEquals(5, d().findElements(By.cssSelector(".review-item .evidence__photos img")).size(), "all the evidence");
        assertEquals(evidence, d().findElements(By.cssSelector(".review-item .evidence__text")).get(0).getText(),
                "the evidence as the artisan typed it");
        d().findElements(By.cssSelector(".review-item input[type=radio][value=MET]")).forEach(WebElement::click);
        assertTrue(browser.screenshotsFit("verify-review"));
        browser.navigate(() -> byId("review:approve").click());
        assertTrue(d().findElement(By.cssSelector(".notices")).getText().contains("Approved"));

        // In public now, with the badge beside the piece and on the shop page.
        signOut();
        browser.open("/listings/" + listingId);
        assertEquals(title, d().findElement(By.cssSelector("h1.listing__title")).getText());
        assertEquals("Handmade verified", d().findElement(By.cssSelector(".artisan-card .badge--HANDMADE")).getText());
        browser.open("/shops/" + slug);
        assertEquals("Handmade verified", d().findElement(By.cssSelector(".shop-hero__badges .badge--HANDMADE")).getText());
        assertEquals(shopName, d().findElement(By.cssSelector(".shop-hero__name")).getText());
        assertTrue(d().findElement(By.cssSelector(".shop-hero__place")).getText().contains("Kraków"));
        browser.screenshot("shop-european-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("shop-european-phone");
        browser.resize(Browser.DESKTOP);
        assertTrue(d().findElement(By.cssSelector(".grid .card")).getText().contains(title));

        // A shopper reports the piece.
        signIn("shopper@demo.atelier", PASSWORD);
        browser.open("/listings/" + listingId);
        browser.navigate(() -> d().findElement(By.cssSelector(".report-link a")).click());
        browser.screenshot("report-desktop");
        browser.ajax(() -> byId("report:send").click());
        assertTrue(d().getPageSource().contains("Choose what is wrong"), "an empty report is explained");
        d().findElement(By.cssSelector("input[type=radio][value=NOT_HANDMADE]")).click();
        type("report:text", "The same pendant is sold by a wholesaler.");
        browser.ajax(() -> byId("report:send").click());
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("reached our verifiers"));

        for (String refused : List.of("/verify/", "/verify/shop?id=1", "/account/report?listing=99999999999",
                "/account/report?shop=%3Cscript%3E")) {
            browser.open(refused);
            assertTrue(d().findElement(By.cssSelector(".error-page__title")).getText().contains("could not find"),
                    refused + ": a shopper is not a verifier, and there is nothing to report");
        }

        // The verifier suspends Handmade verified from the shop's file.
        signIn("verifier@demo.atelier", PASSWORD);
        browser.open("/verify/");
        assertTrue(d().findElement(By.cssSelector(".report-list")).getText().contains("wholesaler"));
        browser.navigate(() -> d().findElements(By.cssSelector(".report-list a")).stream()
                .filter(a -> a.getText().equals(shopName)).findFirst().orElseThrow().click());
        WebElement handmade = d().findElements(By.cssSelector(".badge-action")).get(0);
        new Select(handmade.findElement(By.tagName("select"))).selectByValue("NOT_HANDMADE");
        type(handmade.findElement(By.cssSelector("input[type=text]")), "Reported as bought in; under review – Prüfung, łatwo, café 🔍");
        browser.ajax(() -> d().findElements(By.cssSelector(".badge-action button")).stream()
                .filter(b -> b.getText().equals("Suspend")).findFirst().orElseThrow().click());
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("suspended"));

        // Gone from public; the history says why.
        signOut();
        assertNotPublic(listingId, slug);
        browser.open("/shops/" + slug + "/verification");
        String timeline = d().findElement(By.cssSelector(".timeline")).getText();
        assertTrue(timeline.contains("Handmade verified: suspended — Not handmade by the shop"), timeline);
        assertTrue(timeline.contains("Reported as bought in; under review – Prüfung, łatwo, café 🔍"), timeline);
        assertTrue(timeline.contains("Handmade verified: granted"), timeline);
        browser.screenshot("verification-history-suspended-desktop");

        // The artisan is told, appeals once with a note, and the verifier restores.
        signIn(artisanEmail, "wrapped in silver wire");
        assertTrue(d().findElement(By.id("unread-count")).isDisplayed());
        browser.open("/account/notifications");
        assertTrue(d().findElement(By.cssSelector(".notification-list")).getText().contains("has been suspended"));
        browser.screenshot("notifications-desktop");
        assertTrue(d().findElements(By.id("unread-count")).isEmpty(), "read once opened");
        browser.open("/seller/verification");
        assertTrue(d().findElement(By.cssSelector(".shop-status--SUSPENDED")).isDisplayed());
        browser.ajax(() -> d().findElements(By.cssSelector(".badge-summary button")).get(0).click());
        type("apply:note", "All pieces are wrapped at my bench; here is a video still of this pendant.");
        browser.ajax(() -> byId("apply:submit").click());
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("submitted"));
        assertTrue(d().findElements(By.cssSelector(".badge-summary button")).isEmpty(), "one appeal only");
        assertTrue(browser.screenshotsFit("verification-appeal"));

        signIn("verifier@demo.atelier", PASSWORD);
        browser.open("/verify/");
        openReview(shopName);
        assertTrue(d().findElement(By.cssSelector("h1")).getText().startsWith("Appeal"));
        d().findElements(By.cssSelector(".review-item input[type=radio][value=MET]")).forEach(WebElement::click);
        browser.navigate(() -> byId("review:approve").click());

        signOut();
        browser.open("/listings/" + listingId);
        assertEquals(title, d().findElement(By.cssSelector("h1.listing__title")).getText(), "back on sale");
        browser.open("/shops/" + slug + "/verification");
        assertTrue(d().findElement(By.cssSelector(".timeline__event")).getText().contains("Handmade verified: restored"));
    }

    private String publishPiece(String title) {
        browser.open("/seller/listing/edit");
        type("listing:title", title);
        new Select(byId("listing:category")).selectByValue("necklaces");
        type("listing:price", "64");
        type("listing:description", "Rose quartz wrapped in fine silver wire.");
        browser.navigate(() -> byId("listing:save").click());
        String listingId = d().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
        upload("listing:photo", TestFiles.jpeg("pendant.jpg", new Color(0xD8A0A8)));
        browser.until(x -> x.findElements(By.cssSelector(".photo-list__item")).size() == 1);
        browser.navigate(() -> byId("listing:publish").click());
        browser.open("/listings/" + listingId);
        return listingId;
    }

    private void assertNotPublic(String listingId, String slug) {
        browser.open("/listings/" + listingId);
        assertTrue(d().findElement(By.cssSelector(".error-page__title")).getText().contains("could not find"),
                "the piece is not public");
        browser.open("/shops/" + slug);
        assertTrue(d().findElement(By.cssSelector(".error-page__title")).getText().contains("could not find"),
                "nor is the shop page");
    }

    private int photoCount(int criterion) {
        return d().findElements(By.cssSelector(".evidence")).get(criterion).findElements(By.cssSelector(".evidence__photos img")).size();
    }

    private void openReview(String shopName) {
        WebElement row = d().findElements(By.cssSelector("#queue tbody tr")).stream()
                .filter(tr -> tr.getText().contains(shopName)).findFirst().orElseThrow();
        browser.navigate(() -> row.findElement(By.cssSelector("a.button-link")).click());
        assertTrue(d().findElement(By.cssSelector("h1")).getText().contains(shopName));
    }
}
