package market.atelier.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import market.atelier.it.AdminFixtureServlet;
import market.atelier.it.Deployments;
import market.atelier.it.FixtureServlet;
import market.atelier.it.Http;
import market.atelier.messaging.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin back office in a browser: the overview's figures and chart, suspending an account (which then cannot
 * sign in), the last admin trying to demote themself, categories added, renamed and retired (read back on the public
 * home page), the audit log showing those actions, and non-admins refused. Every admin page is looked at on a desktop
 * and on a 375 px phone, where it must not scroll sideways.
 */
@RunAsClient
class AdminBrowserIT extends BrowserTestBase {

    private static final String ADMIN = "admin@demo.atelier";
    private static final String DEMO_PASSWORD = "atelier-demo";

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(AdminFixtureServlet.class, FixtureServlet.class);
    }

    private static String run() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** Desktop and phone screenshots of the page as it is; on the phone nothing scrolls sideways. */
    private static void lookAt(String name) {
        browser.screenshot("admin-" + name + "-desktop");
        browser.resize(Browser.PHONE);
        try {
            browser.screenshot("admin-" + name + "-phone");
            assertTrue(browser.fitsWidth(), name + " fits a 375 px phone");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
    }

    private static String notice() {
        return browser.until(d -> d.findElement(By.cssSelector(".notices"))).getText();
    }

    @Test
    void theOverviewShowsTheFiguresAndDrawsTheChart() {
        signIn(ADMIN, DEMO_PASSWORD);
        browser.open("/admin/");
        WebElement figures = byId("figures");
        assertTrue(figures.getText().contains("Orders, last 30 days"), figures.getText());
        assertTrue(byId("gmv30").getText().contains("€"), byId("gmv30").getText());
        assertTrue(byId("shops").getText().contains("live"), byId("shops").getText());
        assertTrue(byId("queue").getText().contains("oldest"), byId("queue").getText());
        Boolean drawn = browser.until(d -> (Boolean) browser.script("var c = document.querySelector('#chart canvas');"
                + " if (!c || c.width === 0) return false;"
                + " var px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " for (var i = 3; i < px.length; i += 4) { if (px[i] !== 0) return true; } return false;"));
        assertTrue(drawn, "the chart is drawn");
        assertAccessible("admin overview");
        lookAt("overview");
        assertEquals(6, d().findElements(By.cssSelector(".admin-nav__item")).size(), "the admin navigation");
    }

    @Test
    void anAdminSuspendsAnAccountWithAReasonAndItCannotSignInThen() {
        String run = run();
        Http.get(base, "/test-admin/account?run=" + run);
        String email = "member-" + run + "@it.atelier";
        signIn(ADMIN, DEMO_PASSWORD);
        browser.open("/admin/accounts");
        type("accounts:text", email);
        browser.ajax(() -> byId("accounts:find").click());
        WebElement link = browser.until(d -> d.findElement(By.linkText("Małgorzata Dürr " + run)));
        assertAccessible("admin accounts");
        lookAt("accounts");
        browser.navigate(link::click);

        browser.ajax(() -> byId("account:suspend").click());
        assertTrue(notice().contains("Please give a reason"), notice());
        String reason = "Counterfeit hallmarks – reported twice, see ticket 7 (é ł ß)";
        type("account:reason", reason);
        browser.ajax(() -> byId("account:suspend").click());
        assertTrue(notice().contains("suspended and signed out everywhere"), notice());
        assertTrue(byId("state").getText().contains("Suspended"));
        assertEquals(reason, byId("suspensionReason").getText(), "the reason as typed");
        assertAccessible("admin account");
        lookAt("account");

        browser.open("/admin/audit");
        Select action = new Select(byId("filter:action"));
        action.selectByValue("account.suspend");
        browser.ajax(() -> byId("filter:apply").click());
        WebElement log = byId("log:entries");
        assertTrue(log.getText().contains(reason), log.getText());
        assertTrue(log.getText().contains("active → suspended"), log.getText());
        assertTrue(log.getText().contains("Account suspended"), log.getText());

        signIn(email, FixtureServlet.PASSWORD);
        assertTrue(d().getCurrentUrl().contains("/login"), "still on the sign-in page");
        assertTrue(notice().contains("This account is suspended"), notice());
    }

    @Test
    void theLastAdminTryingToDemoteThemselfIsToldWhyNot() {
        String others = Http.get(base, "/test-admin/sole?email=" + ADMIN).body();
        try {
            signIn(ADMIN, DEMO_PASSWORD);
            browser.open("/admin/accounts");
            type("accounts:text", ADMIN);
            browser.ajax(() -> byId("accounts:find").click());
            browser.navigate(() -> browser.until(d -> d.findElement(By.cssSelector("#accounts\\:table a.admin-table__link")))
                    .click());
            assertTrue(d().findElements(By.id("account:suspend")).isEmpty(), "no suspending oneself");
            browser.ajax(() -> d().findElement(By.cssSelector("[data-role='ADMIN'] button[id$=':revoke']")).click());
            assertTrue(notice().contains("This is the last active admin"), notice());
            assertTrue(d().findElement(By.cssSelector("[data-role='ADMIN']")).getText().contains("holds it"),
                    "still an admin");
            browser.open("/admin/accounts");
            assertEquals(200, Http.get(base, "/").statusCode());
            assertTrue(d().findElements(By.cssSelector(".admin-nav")).size() == 1, "still in the back office");
        } finally {
            Http.get(base, "/test-admin/restore?ids=" + others);
        }
    }

    @Test
    void categoriesAreAddedRenamedAndRetiredAndThePublicPagesFollow() {
        String run = run();
        String code = "ohrringe-" + run;
        String en = "Ear studs – Größe ł é " + run;
        String de = "Ohrringe – Größe ł é " + run;
        signIn(ADMIN, DEMO_PASSWORD);
        browser.open("/admin/categories");
        browser.ajax(() -> byId("categories:add").click());
        assertTrue(notice().contains("Please give the category a slug"), notice());
        type("categories:code", code);
        type("categories:nameEn", en);
        type("categories:nameDe", "");
        browser.ajax(() -> byId("categories:add").click());
        assertTrue(notice().contains("name in English and in German"), notice());
        assertEquals(en, byId("categories:nameEn").getAttribute("value"), "nothing typed is lost");
        type("categories:nameDe", de);
        browser.ajax(() -> byId("categories:add").click());
        assertTrue(notice().contains("added"), notice());
        WebElement row = d().findElement(By.cssSelector("tr[data-category='" + code + "']"));
        assertEquals(en, row.findElement(By.cssSelector("input[id$=':en']")).getAttribute("value"));

        // A second category with the same slug is refused.
        type("categories:code", code);
        type("categories:nameEn", "Other " + run);
        type("categories:nameDe", "Andere " + run);
        browser.ajax(() -> byId("categories:add").click());
        assertTrue(notice().contains("slug exists already"), notice());

        // Read back on the public home page (a visitor's kept page is dropped by the change).
        signOut();
        browser.open("/");
        assertTrue(d().findElement(By.cssSelector("nav.categories")).getText().contains(en), "the new chip");

        signIn(ADMIN, DEMO_PASSWORD);
        browser.open("/admin/categories");
        String renamed = "Ear studs & climbers – Größe ł é " + run;
        type(d().findElement(By.cssSelector("tr[data-category='" + code + "'] input[id$=':en']")), renamed);
        browser.ajax(() -> d().findElement(By.cssSelector("tr[data-category='" + code + "'] button[id$=':rename']")).click());
        assertTrue(notice().contains("Saved"), notice());
        signOut();
        browser.open("/search?category=" + code);
        assertTrue(d().findElement(By.tagName("h1")).getText().contains(renamed), d().findElement(By.tagName("h1")).getText());
        browser.open("/?lang=de");
        assertTrue(d().findElement(By.cssSelector("nav.categories")).getText().contains(de), "the German name");

        signIn(ADMIN, DEMO_PASSWORD);
        browser.open("/admin/categories");
        browser.ajax(() -> d().findElement(By.cssSelector("tr[data-category='" + code + "'] button[id$=':retire']")).click());
        assertTrue(notice().contains("is retired"), notice());
        assertTrue(d().findElement(By.cssSelector("tr[data-category='" + code + "']")).getText().contains("Retired"));
        assertAccessible("admin categories");
        lookAt("categories");
        signOut();
        browser.open("/");
        assertFalse(d().findElement(By.cssSelector("nav.categories")).getText().contains(run), "no chip once retired");

        signIn(ADMIN, DEMO_PASSWORD);
        browser.open("/admin/audit");
        type("filter:actor", "Admin");
        browser.ajax(() -> byId("filter:apply").click());
        String log = byId("log:entries").getText();
        assertTrue(log.contains("Category retired") && log.contains("Category renamed") && log.contains("Category added"),
                log);
        assertTrue(log.contains(renamed), "the rename's after value");
        assertAccessible("admin audit");
        lookAt("audit");
        browser.open("/admin/payouts");
        lookAt("payouts");
        browser.open("/admin/reviews");
        lookAt("reviews");
    }

    @Test
    void nonAdminsAreRefusedEveryAdminPage() {
        String client = "10." + ThreadLocalRandom.current().nextInt(256) + ".7." + ThreadLocalRandom.current().nextInt(1, 255);
        PageClient shopper = PageClient.signedIn(base, "shopper@demo.atelier", DEMO_PASSWORD).from(client);
        for (String page : new String[] {"/admin/", "/admin/accounts", "/admin/account?id=1", "/admin/categories",
                "/admin/audit", "/admin/payouts"}) {
            assertEquals(403, shopper.get(page).statusCode(), page);
        }
        PageClient verifier = PageClient.signedIn(base, "verifier@demo.atelier", DEMO_PASSWORD).from(client.replaceFirst("\\.7\\.", ".8."));
        assertEquals(403, verifier.get("/admin/audit").statusCode(), "a verifier is no admin");
        assertEquals(3, Http.get(base, "/admin/accounts").statusCode() / 100, "visitors are sent to sign in");
    }
}
