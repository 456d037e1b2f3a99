package market.atelier.browser;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Browser tests: the real WAR on the real server, driven by one headless Chromium per test class.
 * Subclasses declare {@code @Deployment(testable = false)} and {@code @RunAsClient}.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
public abstract class BrowserTestBase {

    protected static Browser browser;

    @ArquillianResource
    protected URL base;

    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = new Browser(base);
        }
        browser.resize(Browser.DESKTOP);
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
