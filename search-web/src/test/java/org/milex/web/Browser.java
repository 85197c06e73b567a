package org.milex.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The real browser the page tests drive: Debian's headless Chromium through chromedriver (nothing is
 * downloaded), started once for all browser tests and quit when the JVM ends. Missing, it fails the tests on
 * CI and skips them elsewhere. A failing test leaves a screenshot in target/screenshots.
 */
final class Browser implements TestWatcher {

    static final String CHROMIUM = System.getenv().getOrDefault("MILEX_CHROMIUM", "/usr/bin/chromium");
    static final String DRIVER = System.getenv().getOrDefault("MILEX_CHROMEDRIVER", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static ChromeDriver driver;

    static synchronized ChromeDriver get() {
        if (driver != null) {
            return driver;
        }
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(DRIVER))) {
            String message = "Chromium (" + CHROMIUM + ") or chromedriver (" + DRIVER + ") missing: apt-get install chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Scratch.dir("milex-chromium"), "--window-size=1280,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        return driver;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
                    .replaceAll("[^A-Za-z0-9._-]+", "_") + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            System.err.println("screenshot of the failed page: " + file.toAbsolutePath() + " (" + driver.getCurrentUrl() + ")");
        } catch (IOException | RuntimeException e) {
            System.err.println("no screenshot: " + e);
        }
    }
}
