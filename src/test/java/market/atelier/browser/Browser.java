package market.atelier.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import market.atelier.it.Http;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the OS packages ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}): nothing is
 * downloaded. Waits are on the page's state (document ready, jQuery and the PrimeFaces AJAX queue idle), never
 * on sleeps.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(375, 812);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String IDLE = "return document.readyState === 'complete'"
            + " && (!window.jQuery || jQuery.active === 0)"
            + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());";

    private final ChromeDriver driver;
    private URL base;
    private String cspRecording;

    public Browser(URL base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("atelier.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--lang=en-GB", "--hide-scrollbars",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("atelier.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Network.enable", Map.of());
        newClient();
    }

    /**
     * From now on this browser is another client for sign-in throttling: its requests say they are forwarded for
     * a made-up address (the test server trusts 127.0.0.1 as a proxy), so browser tests never share a throttle.
     */
    public void newClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
    }

    /** Content-Security-Policy violations of every page opened from now on are kept; read them with {@link #cspViolations}. */
    public void recordCspViolations() {
        cspRecording = (String) driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.__atelierCsp = [];"
                + "document.addEventListener('securitypolicyviolation', function (e) {"
                + " window.__atelierCsp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber); });"))
                .get("identifier");
    }

    /**
     * Makes this browser what a new one would be for the next test class (one Chromium serves all classes): another
     * client address, no cookies, storage or cached responses of the application, no CSP recording, desktop size.
     */
    public void startAfresh(URL base) {
        this.base = base;
        if (cspRecording != null) {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", cspRecording));
            cspRecording = null;
        }
        driver.get("about:blank");
        String origin = base.getProtocol() + "://" + base.getAuthority();
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.manage().deleteAllCookies();
        resize(DESKTOP);
        newClient();
    }

    /** What the current page's content security policy refused so far. */
    public java.util.List<?> cspViolations() {
        return (java.util.List<?>) script("return window.__atelierCsp || ['violations were not recorded'];");
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application and waits until the page is idle. */
    public Browser open(String path) {
        driver.get(Http.resolve(base, path).toString());
        waitIdle();
        return this;
    }

    public void waitIdle() {
        until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(IDLE));
    }

    /** Runs an action that fires a PrimeFaces AJAX request and waits until the response is applied. */
    public void ajax(Runnable action) {
        ((JavascriptExecutor) driver).executeScript("window.__atelierAjaxDone = false;"
                + "if (window.jQuery) jQuery(document).one('pfAjaxComplete', function(){ window.__atelierAjaxDone = true; });");
        action.run();
        until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return window.__atelierAjaxDone === true;"));
        waitIdle();
    }

    /** Runs an action that loads a new page (link, GET form, non-AJAX submit) and waits for that page. */
    public void navigate(Runnable action) {
        ((JavascriptExecutor) driver).executeScript("window.__atelierOldPage = true;");
        action.run();
        until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return window.__atelierOldPage !== true;"));
        waitIdle();
    }

    /** Waits for the condition; an element that an AJAX update replaced while it was read is simply looked up again. */
    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Saves a PNG of the whole page under target/screenshots; returns its path. */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("atelier.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Long height = (Long) script("return Math.min(document.documentElement.scrollHeight, 6000);");
            Dimension original = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(original.width, (int) Math.max(height, original.height)));
            try {
                // Lazy pictures load once the tall window shows them; a screenshot is for looking at.
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d)
                        .executeScript("return Array.from(document.images).every(i => i.complete);"));
            } catch (org.openqa.selenium.TimeoutException e) {
                // take it as it is
            }
            script("window.scrollTo(0, 0);");
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(original);
            Path file = dir.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Screenshots {@code NAME-desktop}, then {@code NAME-phone} at the phone's width, and back to the desktop's; true
     * if the page had no horizontal scrolling on the phone.
     */
    public boolean screenshotsFit(String name) {
        screenshot(name + "-desktop");
        resize(PHONE);
        boolean fits = fitsWidth();
        screenshot(name + "-phone");
        resize(DESKTOP);
        return fits;
    }

    /** The page has no horizontal scrolling (phone widths). */
    public boolean fitsWidth() {
        return (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
