package market.atelier.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import java.nio.file.Path;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Browser tests: the real WAR on the real server, driven by one headless Chromium for the whole test run, made
 * afresh for each test class (see {@link Browser#startAfresh}). Subclasses declare {@code @RunAsClient} and
 * {@code @Deployment static WebArchive deployment() { return Deployments.atelier(); }}.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class, BrowserTestBase.OneBrowser.class})
public abstract class BrowserTestBase {

    protected static Browser browser;

    /** The test class the browser was last made afresh for. */
    private static Class<?> startedFor;

    @ArquillianResource
    protected URL base;

    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = new Browser(base);
        }
        if (startedFor != getClass()) {
            browser.startAfresh(base);
            startedFor = getClass();
        }
        browser.resize(Browser.DESKTOP);
        browser.driver().manage().deleteAllCookies();
    }

    /** Quits the browser when the whole test run is over (JUnit closes what its root store holds). */
    static final class OneBrowser implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.create(OneBrowser.class))
                    .getOrComputeIfAbsent(OneBrowser.class, key -> (AutoCloseable) BrowserTestBase::stopBrowser);
        }
    }

    protected static WebDriver d() {
        return browser.driver();
    }

    protected static WebElement byId(String id) {
        return d().findElement(By.id(id));
    }

    protected static void type(String id, String text) {
        type(byId(id), text);
    }

    /**
     * Types text into a field as a person would. ChromeDriver types only the Basic Multilingual Plane, so characters
     * beyond it (emoji) are inserted at the caret the way the emoji picker does, with the same input events.
     */
    protected static void type(WebElement field, String text) {
        field.clear();
        StringBuilder keys = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isBmpCodePoint(c)) {
                keys.appendCodePoint(c);
                return;
            }
            if (!keys.isEmpty()) {
                field.sendKeys(keys);
                keys.setLength(0);
            }
            browser.script("arguments[0].focus(); document.execCommand('insertText', false, arguments[1]);", field,
                    Character.toString(c));
        });
        if (!keys.isEmpty()) {
            field.sendKeys(keys);
        }
    }

    /** Chooses a file in the PrimeFaces file upload with this client id (auto-upload starts at once). */
    protected static void upload(String fileUploadId, Path file) {
        d().findElement(By.cssSelector("[id='" + fileUploadId + "'] input[type=file]")).sendKeys(file.toString());
    }

    /** Signs in through the sign-in page (signing out first: the browser forgets its cookies). */
    protected static void signIn(String email, String password) {
        d().manage().deleteAllCookies();
        browser.open("/login");
        type("login:email", email);
        type("login:password", password);
        browser.navigate(() -> byId("login:submit").click());
    }

    /**
     * Opens the link of the newest verification mail to this address (queued at sign-up), as the person would from
     * their inbox, and confirms: the address counts as verified, so a shop can be opened.
     */
    protected void followVerificationLink(String email) {
        confirmFromMail(Mailbox.latest(base, email, "VERIFY_EMAIL").link());
        org.junit.jupiter.api.Assertions.assertTrue(d().findElements(By.id("link-done")).size() == 1,
                "the verification link confirms the address");
    }

    /** Opens a mailed confirmation link and presses its button (opening alone confirms nothing). */
    protected void confirmFromMail(String link) {
        browser.open(link);
        browser.navigate(() -> byId("ask:confirm").click());
    }

    /** Forgets the session: the next page is seen as an anonymous visitor. */
    protected static void signOut() {
        d().manage().deleteAllCookies();
    }

    /**
     * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is and fails on any serious or critical violation,
     * naming the rule and the elements.
     */
    protected static void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(d());
        String serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList())
                .collect(Collectors.joining("\n"));
        org.junit.jupiter.api.Assertions.assertEquals("", serious, page + ": no serious or critical axe violations");
    }

    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
            startedFor = null;
        }
    }
}
