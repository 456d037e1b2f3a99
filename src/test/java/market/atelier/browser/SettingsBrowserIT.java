package market.atelier.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Account settings in a real browser: a new name shows in the header at once; two saved addresses, one made the
 * default, which checkout preselects and the placed order ships to; deleting the account (a wrong password refused
 * with a message, the right one says goodbye and the address no longer signs in).
 */
@RunAsClient
class SettingsBrowserIT extends BrowserTestBase {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(FixtureServlet.class, Fixtures.class, CartFixtureServlet.class);
    }

    /** A shopper (shopper-RUN) and two shops; answers the run and the four listing ids. */
    private List<String> shopperAndShops(String run) {
        List<String> ids = List.of(Http.get(base, "/test-fixtures/two-shops?run=" + run).body().split(" "));
        signIn("shopper-" + run + "@it.atelier", FixtureServlet.PASSWORD);
        return ids;
    }

    private static String run() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void aNewNameShowsInTheHeaderAtOnce() {
        shopperAndShops(run());
        browser.open("/account/orders");
        byId("settings-link"); // the account menu links to the settings
        browser.open("/account/settings");
        type("name:displayName", "   ");
        browser.ajax(() -> click(byId("name:submit")));
        assertTrue(d().findElement(By.cssSelector("[id='name'] .ui-message-error")).getText().contains("enter your name"),
                "a blank name is refused next to the field");

        type("name:displayName", "Zoë Łukasiewicz");
        browser.navigate(() -> click(byId("name:submit")));
        assertEquals("Zoë Łukasiewicz", d().findElement(By.cssSelector(".account-menu__name")).getAttribute("textContent").strip());
        assertEquals("Zoë Łukasiewicz", byId("name:displayName").getAttribute("value"));
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("saved"));
        assertAccessible("settings");
    }

    @Test
    void twoSavedAddressesOneMadeTheDefaultWhichCheckoutPreselectsAndTheOrderShipsTo() {
        String run = run();
        String rings = shopperAndShops(run).get(3);
        browser.open("/account/settings");
        assertTrue(d().findElement(By.cssSelector("#addresses .empty-state")).isDisplayed(), "none yet");
        addAddress("Zoë Łukasiewicz", "ul. Piotrkowska 104", "90-006", "Łódź", "PL");
        addAddress("Zoë Łukasiewicz", "Große Straße 5 – Hinterhaus", "10115", "Berlin", "DE");
        assertEquals(2, d().findElements(By.cssSelector(".address-list__item")).size());
        assertTrue(item("Piotrkowska").getAttribute("class").contains("--default"), "the first one is the default");

        browser.ajax(() -> click(item("Große Straße").findElement(By.cssSelector(".address-list__make-default"))));
        assertTrue(item("Große Straße").getAttribute("class").contains("--default"));
        assertFalse(item("Piotrkowska").getAttribute("class").contains("--default"), "only one default");
        assertTrue(item("Piotrkowska").getText().contains("Łódź"), item("Piotrkowska").getText());
        assertAccessible("settings with addresses");
        assertTrue(browser.screenshotsFit("settings"), "settings fit a phone");

        // Editing one changes it in place.
        browser.ajax(() -> click(item("Piotrkowska").findElement(By.cssSelector(".address-list__edit"))));
        type("addresses:line1", "ul. Piotrkowska 104 – Biuro 3");
        browser.ajax(() -> click(byId("addresses:saveAddress")));
        assertTrue(item("Biuro 3").getText().contains("90-006"));

        browser.open("/listings/" + rings);
        browser.navigate(() -> click(byId("add-to-cart")));
        browser.navigate(() -> click(byId("checkout")));
        assertTrue(d().getCurrentUrl().contains("/account/checkout"), d().getCurrentUrl());
        WebElement chosen = d().findElement(By.cssSelector(".address-choice input[type=radio]:checked"));
        String label = d().findElement(By.cssSelector("label[for='" + chosen.getAttribute("id") + "']")).getText();
        assertTrue(label.contains("Große Straße 5 – Hinterhaus"), "the default is preselected: " + label);
        assertTrue(d().findElements(By.id("checkout:line1")).isEmpty(), "no address to type");
        assertAccessible("checkout with saved addresses");
        assertTrue(browser.screenshotsFit("checkout-addresses"), "checkout fits a phone");

        // "A new address" shows the form; back to the default hides it again.
        browser.ajax(() -> click(radio("A new address")));
        assertTrue(byId("checkout:line1").isDisplayed());
        browser.ajax(() -> click(radio("Große Straße")));
        assertTrue(d().findElements(By.id("checkout:line1")).isEmpty());

        type("checkout:card", "4242 4242 4242 4242");
        type("checkout:expiry", "12/30");
        type("checkout:cvc", "123");
        browser.navigate(() -> click(byId("checkout:place")));
        assertTrue(d().getCurrentUrl().contains("/account/orders?placed="), d().getCurrentUrl());
        String shipsTo = d().findElement(By.cssSelector(".order .order__address")).getText();
        assertTrue(shipsTo.contains("Große Straße 5 – Hinterhaus") && shipsTo.contains("Berlin"), shipsTo);
    }

    @Test
    void aNewAddressTypedAtCheckoutIsSavedForNextTime() {
        String run = run();
        String rings = shopperAndShops(run).get(3);
        browser.open("/listings/" + rings);
        browser.navigate(() -> click(byId("add-to-cart")));
        browser.navigate(() -> click(byId("checkout")));
        type("checkout:name", "Zoë Łukasiewicz");
        type("checkout:line1", "Große Straße 5 – Hinterhaus");
        type("checkout:postcode", "90-001");
        type("checkout:city", "Łódź");
        browser.ajax(() -> new Select(byId("checkout:country")).selectByValue("PL"));
        click(d().findElement(By.cssSelector("[id='checkout:save'] .ui-chkbox-box")));
        type("checkout:card", "4242 4242 4242 4242");
        type("checkout:expiry", "12/30");
        type("checkout:cvc", "123");
        browser.navigate(() -> click(byId("checkout:place")));
        String shipsTo = d().findElement(By.cssSelector(".order .order__address")).getText();
        assertTrue(shipsTo.contains("Łódź") && shipsTo.contains("Große Straße 5 – Hinterhaus"), shipsTo);
        browser.open("/account/settings");
        assertTrue(item("Große Straße").getText().contains("Łódź"), "saved for next time");
    }

    @Test
    void deletingTheAccountNeedsTheRightPasswordSaysGoodbyeAndTheAddressNoLongerSignsIn() {
        String run = run();
        shopperAndShops(run);
        browser.open("/account/settings");
        type("delete:password", "not my password");
        browser.ajax(() -> click(byId("delete:submit")));
        assertTrue(d().findElement(By.cssSelector("[id='delete'] .ui-message-error")).getText()
                .contains("not your current password"), "refused with a message");

        type("delete:password", FixtureServlet.PASSWORD);
        browser.navigate(() -> click(byId("delete:submit")));
        assertTrue(d().getCurrentUrl().endsWith("/goodbye"), d().getCurrentUrl());
        assertTrue(d().findElements(By.cssSelector(".account-menu")).isEmpty(), "signed out");
        browser.screenshot("goodbye-desktop");

        signIn("shopper-" + run + "@it.atelier", FixtureServlet.PASSWORD);
        assertTrue(d().getCurrentUrl().contains("/login"), "the old address and password no longer sign in");
    }

    private void addAddress(String name, String line1, String postcode, String city, String country) {
        browser.ajax(() -> click(byId("addresses:add")));
        type("addresses:name", name);
        type("addresses:line1", line1);
        type("addresses:postcode", postcode);
        type("addresses:city", city);
        new Select(byId("addresses:country")).selectByValue(country);
        browser.ajax(() -> click(byId("addresses:saveAddress")));
        assertTrue(d().findElement(By.cssSelector(".notice--info")).getText().contains("saved"));
    }

    /** Clicks an element once it is scrolled to the middle of the window (the sticky header covers the top). */
    private static void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static WebElement item(String text) {
        return browser.until(d -> d.findElements(By.cssSelector(".address-list__item")).stream()
                .filter(li -> li.getText().contains(text)).findFirst().orElse(null));
    }

    private static WebElement radio(String text) {
        WebElement label = d().findElements(By.cssSelector(".address-choice label")).stream()
                .filter(l -> l.getText().contains(text)).findFirst().orElseThrow();
        return byId(label.getAttribute("for"));
    }
}
