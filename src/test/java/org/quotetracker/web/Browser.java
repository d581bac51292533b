package org.quotetracker.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver, both named by path so that Selenium Manager never
 * downloads a browser or driver. One browser serves every browser test; each test opens the page it needs.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();
    private static final int DESKTOP_WIDTH = 1280;

    private final ChromeDriver driver;
    private final IntSupplier port;
    private final Path profile;

    private Browser(ChromeDriver driver, IntSupplier port, Path profile) {
        this.driver = driver;
        this.port = port;
        this.profile = profile;
    }

    /** Starts the browser; `port` is asked for the app's port at each {@link #open}, once the server listens. */
    static Browser start(IntSupplier port) throws IOException {
        Path profile = Files.createTempDirectory("quote-tracker-chromium");
        Files.createDirectories(DOWNLOADS);
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + DESKTOP_WIDTH + ",900",
                        // No network but the app's: every page must work on a closed newsroom network.
                        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost")
                .setExperimentalOption("prefs", Map.of(
                        "download.default_directory", DOWNLOADS.toString(),
                        "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return new Browser(driver, port, profile);
    }

    /** Loads `path` (e.g. {@code /?q=Peskov}) as a reporter typing it into the address bar would. */
    Browser open(String path) {
        driver.manage().window().setSize(new Dimension(DESKTOP_WIDTH, 900));
        driver.get(origin() + path);
        return this;
    }

    /** Where the app is served, e.g. {@code http://localhost:41234}. */
    String origin() {
        return "http://localhost:" + port.getAsInt();
    }

    /** Narrows the window, e.g. to a phone's 390 pixels. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The first element matching `css` once it is visible, waiting for the page's requests. */
    WebElement find(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Every element matching `css`, after the first of them is visible. */
    List<WebElement> findAll(String css) {
        find(css);
        return driver.findElements(By.cssSelector(css));
    }

    /** The element matching `css` once its text contains `text`. */
    WebElement findWithText(String css, String text) {
        return waiting().ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "an element " + css + " containing \"" + text + "\"; the page shows:\n" + pageText())
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                        .filter(element -> element.getText().contains(text)).findFirst().orElse(null));
    }

    /** The button or link whose visible text is exactly `label`. */
    WebElement control(String label) {
        return waiting().ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "a button or link \"" + label + "\"; the page shows:\n" + pageText())
                .until(d -> d.findElements(By.cssSelector("button, a")).stream()
                        .filter(element -> element.getText().equals(label)).findFirst().orElse(null));
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String path() {
        return driver.executeScript("return location.pathname + location.search").toString();
    }

    Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Saves the whole window as {@code target/screenshots/NAME.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scrolls `subject` to the top of the window, then saves the window as {@code target/screenshots/NAME.png}. */
    void screenshot(String name, WebElement subject) {
        driver.executeScript("arguments[0].scrollIntoView({ block: 'start' })", subject);
        screenshot(name);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
