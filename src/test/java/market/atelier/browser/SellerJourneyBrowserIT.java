package market.atelier.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import market.atelier.catalog.Listing;
import market.atelier.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor becomes an artisan: signs up, opens a shop with a portrait, lists a piece with two photos, makes the
 * usual mistakes on the way, publishes, sees it in public, and changes the price.
 */
@RunAsClient
class SellerJourneyBrowserIT extends BrowserTestBase {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier();
    }

    private String messageFor(String id) {
        return browser.until(x -> {
            List<WebElement> messages = x.findElements(By.cssSelector("[id='" + id + "'] ~ .ui-message-error, "
                    + ".ui-message-error[id$='" + id.substring(id.indexOf(':') + 1) + "Message'], .notice--error"));
            return messages.isEmpty() || messages.get(0).getText().isBlank() ? null : messages.get(0).getText();
        });
    }

    @Test
    void aVisitorOpensAShopListsAPieceWithPhotosPublishesItAndChangesThePrice() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String shopName = "Studio Łódź – Weißgold & Émail 💍 " + marker;
        String title = "Hammered silver band – Weißgold, café, schön, łuk 💍 " + marker;
        String returns = "Rückgabe binnen 14 Tagen – gern, łatwo, café 😊";

        browser.open("/signup");
        type("signup:name", "Tess Maker");
        type("signup:email", "tess-" + marker + "@example.org");
        type("signup:password", "a ring for every finger");
        browser.navigate(() -> byId("signup:submit").click());
        followVerificationLink("tess-" + marker + "@example.org"); // opening a shop needs a verified address

        // Open the shop, with a portrait.
        browser.open("/seller/shop");
        type("shop:name", shopName);
        type("shop:tagline", "Small silver things, hammered by hand – schön, łagodne, café ✨");
        type("shop:story", "I learned to solder in my grandfather's workshop.\n\nNow I make rings in Kraków – Größe 54 🙂");
        type("shop:city", "Kraków");
        new Select(byId("shop:country")).selectByValue("PL");
        type("shop:returns", returns);
        type("shop:makers", "Solo maker");
        upload("shop:portrait", TestFiles.jpeg("portrait.jpg", new Color(0x8A6A1F)));
        browser.until(x -> x.findElement(By.cssSelector("[id='shop:portraitPreview'] img")).getAttribute("src").contains("/media/"));
        browser.ajax(() -> byId("shop:save").click());
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("is open"));
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("Handmade verified"),
                "the new artisan learns that the shop is public once verified");
        browser.screenshot("seller-shop-desktop");
        // Saved twice, as typed: nothing drifts from one save to the next.
        browser.ajax(() -> byId("shop:save").click());
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("saved"));
        browser.open("/seller/shop");
        assertEquals(shopName, byId("shop:name").getAttribute("value"));
        assertEquals("Kraków", byId("shop:city").getAttribute("value"));
        assertEquals(returns, byId("shop:returns").getAttribute("value"), "the policy after two saves");

        // A new piece: the usual mistakes first.
        browser.open("/seller/listing/edit");
        type("listing:price", "-5");
        browser.ajax(() -> byId("listing:save").click());
        assertTrue(messageFor("listing:title").length() > 0, "a missing title is explained next to the field");
        assertTrue(d().findElement(By.cssSelector("[id='listing:price'] ~ .ui-message-error")).getText().contains("at least"),
                "a negative price is explained next to the field");
        type("listing:title", title);
        new Select(byId("listing:category")).selectByValue("rings");
        type("listing:price", "89.50");
        type("listing:description", "A band hammered on a steel mandrel – Größe 54, łatwo, café 💍");
        type("listing:statement", "The hammer marks fall differently on every band – schön, éclat, łuk 🔨");
        browser.navigate(() -> byId("listing:save").click());
        assertTrue(d().getCurrentUrl().contains("/seller/listing/edit?id="), d().getCurrentUrl());
        String listingId = d().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
        assertEquals(title, byId("listing:title").getAttribute("value"));

        // Photos: a text file named .jpg and an 11 MB file are refused; two real photos are kept.
        upload("listing:photo", TestFiles.textRenamedJpg());
        browser.until(x -> x.getPageSource().contains("not a JPEG or PNG photo"));
        upload("listing:photo", TestFiles.tooLarge());
        browser.until(x -> x.getPageSource().contains("at most 10 MB"));
        assertEquals(title, byId("listing:title").getAttribute("value"), "nothing typed is lost");
        upload("listing:photo", TestFiles.jpeg("front.jpg", new Color(0x9AA3AD)));
        browser.until(x -> x.findElements(By.cssSelector(".photo-list__item")).size() == 1);
        Path fiveMegabytes = TestFiles.fiveMegabytePhoto("worn – Straße.png");
        assertTrue(fiveMegabytes.toFile().length() > 4_500_000, "a photo of about 5 MB");
        upload("listing:photo", fiveMegabytes);
        browser.until(x -> x.findElements(By.cssSelector(".photo-list__item")).size() == 2);
        WebElement secondAlt = d().findElements(By.cssSelector(".photo-list__item input[type=text]")).get(1);
        secondAlt.clear();
        secondAlt.sendKeys("The band worn on a finger, hammer marks catching the light");
        browser.ajax(() -> d().findElements(By.cssSelector(".photo-list__actions button")).stream()
                .filter(b -> b.getText().contains("Save description")).skip(1).findFirst().orElseThrow().click());
        browser.screenshot("seller-listing-edit-desktop");
        browser.navigate(() -> byId("listing:publish").click());
        assertTrue(d().findElement(By.cssSelector(".status--ACTIVE")).isDisplayed());

        // The shop is pending verification: the artisan sees a preview, nobody else sees the piece.
        browser.open("/listings/" + listingId);
        assertTrue(d().findElement(By.cssSelector(".preview-banner")).getText().contains("only you can see"));
        assertEquals(title, d().findElement(By.cssSelector("h1.listing__title")).getText());
        assertEquals("€89.50", d().findElement(By.cssSelector(".listing__price .price")).getText());
        assertEquals(2, d().findElements(By.cssSelector(".gallery__slide img")).size());
        assertEquals("The band worn on a finger, hammer marks catching the light",
                d().findElements(By.cssSelector(".gallery__slide img")).get(1).getAttribute("alt"));
        assertEquals(shopName, d().findElement(By.cssSelector(".artisan-card__name a")).getText());
        assertTrue(d().findElement(By.cssSelector(".artisan-card__maker")).getText().contains("Kraków"));
        assertTrue(d().findElement(By.tagName("main")).getText().contains("Größe 54, łatwo, café 💍"), "the description");
        assertTrue(d().findElement(By.tagName("main")).getText().contains("schön, éclat, łuk 🔨"), "the maker's statement");
        assertTrue(d().findElement(By.cssSelector(".artisan-card__name a")).getAttribute("href")
                .endsWith("/shops/studio-lodz-weissgold-email-" + marker), "an ASCII address from the name");
        assertTrue(browser.screenshotsFit("seller-listing-preview"), "a long shop name fits a phone");

        // The artisan changes the price; the public page follows.
        browser.open("/seller/listing/edit?id=" + listingId);
        type("listing:price", "120");
        browser.ajax(() -> byId("listing:save").click());
        browser.open("/listings/" + listingId);
        assertEquals("€120.00", d().findElement(By.cssSelector(".listing__price .price")).getText());

        // Ten photos at most: the eleventh is refused before it is stored, so it leaves no file behind.
        browser.open("/seller/listing/edit?id=" + listingId);
        for (int n = 3; n <= Listing.MAX_PHOTOS; n++) {
            upload("listing:photo", TestFiles.jpeg("photo-" + n + ".jpg", new Color(0x2F4F4F)));
            int expected = n;
            browser.until(x -> x.findElements(By.cssSelector(".photo-list__item")).size() == expected);
        }
        long stored = TestFiles.storedMediaFiles();
        upload("listing:photo", TestFiles.jpeg("eleventh – ö.jpg", new Color(0x8B0000)));
        browser.until(x -> x.getPageSource().contains("at most 10 photos"));
        assertEquals(Listing.MAX_PHOTOS, d().findElements(By.cssSelector(".photo-list__item")).size());
        assertEquals(stored, TestFiles.storedMediaFiles(), "the refused photo left no file");

        browser.open("/seller/listings");
        assertTrue(d().findElement(By.cssSelector(".seller-table")).getText().contains(title));
        browser.screenshot("seller-listings-desktop");

        signOut();
        browser.open("/listings/" + listingId);
        assertTrue(d().findElement(By.cssSelector(".error-page__title")).getText().contains("could not find"),
                "a pending shop's piece is not public");
    }

    @Test
    void anotherArtisansListingIdShowsNotFound() {
        signIn("artisan@demo.atelier", "atelier-demo");
        browser.open("/seller/listings");
        assertTrue(d().findElements(By.cssSelector(".seller-table tbody tr")).size() >= 10, "the demo artisan's own pieces");
        browser.open("/");
        String foreignId = d().findElements(By.cssSelector(".grid .card")).stream()
                .filter(card -> !card.findElement(By.cssSelector(".card__maker a")).getText().equals("Oficina Maré"))
                .map(card -> card.findElement(By.cssSelector(".card__link")).getAttribute("href")
                        .replaceAll(".*/listings/(\\d+).*", "$1"))
                .findFirst().orElseThrow();
        browser.open("/seller/listing/edit?id=" + foreignId);
        assertTrue(d().findElement(By.cssSelector(".error-page__title")).getText().contains("could not find"));
    }
}
