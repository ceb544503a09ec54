package ru.trajectory.testing;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests: Debian's headless Chromium driven by its chromedriver, a fresh
 * browser (and so a fresh session) per test, explicit waits only.
 */
public abstract class BrowserTest {

    public static final Duration WAIT = Duration.ofSeconds(20);

    protected WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                "--lang=ru-RU", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The deployment's address on loopback without the trailing slash; page paths follow it. */
    protected static String root(URL base) {
        String b = Deployments.local(base).toString();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** Absolute address of a page of the deployment. */
    protected String url(URL base, String path) {
        return root(base) + (path.startsWith("/") ? path : "/" + path);
    }

    protected <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT).until(condition);
    }
}
