package eu.cyberplan.e2e;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A headless Debian Chromium driven through chromedriver, as a person at the console would use it. */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Browser(WebDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    /** Installs Chromium with the project's script where it is missing; skips the calling test, saying why, where it cannot be. */
    static void assumeInstalled() throws IOException, InterruptedException {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String script = System.getProperty("cyberplan.install-chromium", "install-chromium.sh");
        Process install = new ProcessBuilder("bash", script).redirectErrorStream(true).start();
        String output = new String(install.getInputStream().readAllBytes());
        boolean finished = install.waitFor(10, TimeUnit.MINUTES);
        Assumptions.assumeTrue(finished && Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium could not be installed on this machine, so the console's browser tests are skipped: " + output.strip());
    }

    static Browser open(String baseUrl) throws IOException {
        Path profile = Files.createTempDirectory("cyberplan-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new Browser(new ChromeDriver(service, options), baseUrl, profile);
    }

    void go(String hash) {
        driver.get(baseUrl + "/" + hash);
    }

    /** Logs in through the page's form (any earlier session in this tab is logged out first). */
    void logIn(String username) {
        logIn(username, "demo");
    }

    /** Logs in through the page's form with this password. */
    void logIn(String username, String password) {
        driver.get(baseUrl + "/");
        driver.manage().deleteAllCookies();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("sessionStorage.clear(); location.hash = '';");
        driver.navigate().refresh();
        WebElement user = waitFor(By.id("username"));
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waitFor(By.id("who-name"));
        waiting(Duration.ofSeconds(20)).until(d -> username.equals(d.findElement(By.id("who-name")).getText()));
    }

    WebElement waitFor(By locator) {
        return waiting(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** A wait that looks again when the live page has just replaced what it was looking at. */
    WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    Path screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        return Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
