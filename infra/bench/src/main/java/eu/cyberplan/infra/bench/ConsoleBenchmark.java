package eu.cyberplan.infra.bench;

import eu.cyberplan.events.v1.Topics;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How soon an alert shows on an inbox page that a national contact point has open: {@code alert.dispatched} is
 * published to Kafka as escalation would, one at a time at random moments, and a headless Chromium with the console's
 * inbox open notes when each row first appears (the page's {@code performance.mark("inbox-item:<alertId>")}).
 * Latency = that moment − the alert's {@code dispatchedAt}; both clocks are this machine's. Prints figures, asserts nothing.
 */
public final class ConsoleBenchmark {

    static final String USAGE = """
            Usage: java -cp cyberplan-bench.jar eu.cyberplan.infra.bench.ConsoleBenchmark [flags]
              --console URL               the console                            (default http://127.0.0.1:8080)
              --kafka HOST:PORT           Kafka bootstrap servers                (default 127.0.0.1:9092)
              --topic-prefix PREFIX       topic prefix                           (default cyberplan)
              --country CC                whose NCP has the inbox open           (default LV)
              --alerts N                  measured alerts, one at a time         (default 100)
              --warmup-alerts N           unmeasured alerts first                (default 10)
              --mode real|exercise        which topics and inbox view            (default exercise: keeps demo inboxes clean)
              --from dispatch|filing      what starts the clock: an alert.dispatched published to Kafka
                                          (default), or the POST of an incident by duty.ee naming the country
                                          (real inbox; each case is closed by the coordinator afterwards)
              --incident-reporting URL    with --from filing                     (default http://127.0.0.1:8082)
              --escalation URL            with --from filing                     (default http://127.0.0.1:8083)
              --pgbench "LINE"            the line printed by pgbench-filing.sh, for the ratio""";

    private static final Set<String> FLAGS = Set.of("--console", "--kafka", "--topic-prefix", "--country", "--alerts", "--warmup-alerts",
            "--mode", "--pgbench", "--from", "--incident-reporting", "--escalation");
    private static final Duration APPEAR_WITHIN = Duration.ofSeconds(30);

    private final Flags flags;
    private final PrintStream out;

    ConsoleBenchmark(Flags flags, PrintStream out) {
        this.flags = flags;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        DriverMain.run(args, "console", USAGE, FLAGS, flags -> new ConsoleBenchmark(flags, System.out)::run);
    }

    void run() throws Exception {
        out.printf("CyberPlan console benchmark (alert.dispatched → shown on an open inbox page), %s%n", Instant.now());
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        String pgbench = flags.text("--pgbench", "pgbench: not measured in this sitting");
        out.println("  " + pgbench);
        String country = flags.text("--country", "LV").toUpperCase();
        if ("filing".equals(flags.text("--from", "dispatch"))) {
            runFromFiling(country, pgbench);
            return;
        }
        boolean exercise = !"real".equals(flags.text("--mode", "exercise"));
        String prefix = flags.text("--topic-prefix", Topics.DEFAULT_PREFIX);
        String topic = Topics.qualified(prefix, Topics.ALERTS, exercise);
        Path profile = Files.createTempDirectory("cyberplan-bench-chromium");
        WebDriver browser = chromium(profile);
        try (AlertFlood flood = new AlertFlood(flags.text("--kafka", "127.0.0.1:9092"), topic, exercise ? UUID.randomUUID() : null)) {
            openInbox(browser, flags.text("--console", "http://127.0.0.1:8080"), "ncp." + country.toLowerCase(), exercise);
            out.printf("%nChromium %s has %s's %s inbox open as ncp.%s; alerts on %s%n",
                    ((org.openqa.selenium.HasCapabilities) browser).getCapabilities().getBrowserVersion(), country,
                    exercise ? "exercise" : "real", country.toLowerCase(), topic);
            int warmup = flags.number("--warmup-alerts", 10);
            out.printf("warm-up: %d alerts (not measured)…%n", warmup);
            measure(browser, flood, country, warmup);
            int alerts = flags.number("--alerts", 100);
            out.printf("measuring: %d alerts, one at a time, 0–1 s apart…%n", alerts);
            Result result = measure(browser, flood, country, alerts);
            summary(pgbench, "dispatch → shown on the open inbox page (pushed: GET /inbox/changes)", "alerts", result);
        } finally {
            browser.quit();
        }
    }

    record Result(LatencySamples latencies, int missing) {
    }

    private void summary(String pgbench, String what, String unit, Result result) {
        out.printf("%n== summary ==%n");
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        out.println("  " + pgbench);
        out.printf("  %s, %d %s: p50 %s, p90 %s, p99 %s, max %s; %d not shown within %d s%n", what, result.latencies().count(), unit,
                LatencySamples.millis(result.latencies().percentileMillis(50)), LatencySamples.millis(result.latencies().percentileMillis(90)),
                LatencySamples.millis(result.latencies().percentileMillis(99, result.missing())),
                LatencySamples.millis(result.latencies().maxMillis()), result.missing(), APPEAR_WITHIN.toSeconds());
    }

    /** POST of an incident by the reporting duty officer → its alert's row on the named country's open (real) inbox page. */
    private void runFromFiling(String country, String pgbench) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String console = flags.text("--console", "http://127.0.0.1:8080");
        java.net.URI contactPoints = java.net.URI.create(console);
        String duty = new DutyOfficerLogin(http, json, contactPoints).accessToken("duty.ee", "demo");
        String coordinator = new DutyOfficerLogin(http, json, contactPoints).accessToken("coordinator", "demo");
        java.net.URI incidents = java.net.URI.create(flags.text("--incident-reporting", "http://127.0.0.1:8082")).resolve("/api/v1/incidents");
        java.net.URI escalation = java.net.URI.create(flags.text("--escalation", "http://127.0.0.1:8083"));
        Path profile = Files.createTempDirectory("cyberplan-bench-chromium");
        WebDriver browser = chromium(profile);
        List<String> filed = new java.util.ArrayList<>();
        try {
            openInbox(browser, console, "ncp." + country.toLowerCase(), false);
            out.printf("%nChromium %s has %s's real inbox open as ncp.%s; duty.ee files incidents naming %s over HTTP%n",
                    ((org.openqa.selenium.HasCapabilities) browser).getCapabilities().getBrowserVersion(), country, country.toLowerCase(), country);
            int warmup = flags.number("--warmup-alerts", 10);
            out.printf("warm-up: %d filings (not measured)…%n", warmup);
            measureFilings(browser, http, json, incidents, duty, country, warmup, filed);
            int alerts = flags.number("--alerts", 100);
            out.printf("measuring: %d filings, one at a time, 0–1 s apart…%n", alerts);
            Result result = measureFilings(browser, http, json, incidents, duty, country, alerts, filed);
            summary(pgbench, "POST /incidents → its row shown on the open inbox page (pushed: GET /inbox/changes)", "filings", result);
        } finally {
            browser.quit();
            for (String incident : filed) {
                http.send(java.net.http.HttpRequest.newBuilder(escalation.resolve("/api/v1/cases/" + incident + "/closure"))
                        .header("Authorization", "Bearer " + coordinator).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"reason\":\"console benchmark\"}")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            }
            out.printf("closed the %d cases the benchmark opened%n", filed.size());
        }
    }

    private Result measureFilings(WebDriver browser, java.net.http.HttpClient http, com.fasterxml.jackson.databind.ObjectMapper json,
                                  java.net.URI incidents, String token, String country, int count, List<String> filed) throws Exception {
        LatencySamples latencies = new LatencySamples();
        int missing = 0;
        for (int i = 0; i < count; i++) {
            String body = EarlyWarningFiler.earlyWarning(json, "Console bench #" + (filed.size() + 1) + ": ransomware on grid operator",
                    "SCADA jump hosts encrypted (console benchmark, infra/bench)", List.of(country));
            long postedAt = Instant.now().toEpochMilli();
            java.net.http.HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(incidents)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new BenchAborted("filing answered " + response.statusCode() + ": " + response.body());
            }
            String incident = json.readTree(response.body()).path("id").asText();
            filed.add(incident);
            Double shownAt = shownAt(browser, "inbox-incident:" + incident);
            if (shownAt == null) {
                missing++;
            } else {
                latencies.record((long) ((shownAt - postedAt) * 1_000_000));
            }
            java.util.concurrent.locks.LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000_000_000L));
        }
        return new Result(latencies, missing);
    }

    private Result measure(WebDriver browser, AlertFlood flood, String country, int alerts) throws Exception {
        LatencySamples latencies = new LatencySamples();
        int missing = 0;
        for (int i = 0; i < alerts; i++) {
            long dispatchedAt = Instant.now().toEpochMilli();
            String alertId = flood.send(1, List.of(country)).get(0);
            Double shownAt = shownAt(browser, "inbox-item:" + alertId);
            if (shownAt == null) {
                missing++;
            } else {
                latencies.record((long) ((shownAt - dispatchedAt) * 1_000_000));
            }
            // A random gap, so alerts land at every phase of the page's polling.
            java.util.concurrent.locks.LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000_000_000L));
        }
        return new Result(latencies, missing);
    }

    /** When the page first showed the row (its mark, epoch ms, the browser's clock), or null if it did not within the limit. */
    private static Double shownAt(WebDriver browser, String mark) {
        String script = "const m = performance.getEntriesByName(arguments[0]);"
                + " return m.length ? performance.timeOrigin + m[0].startTime : null;";
        long until = System.nanoTime() + APPEAR_WITHIN.toNanos();
        while (System.nanoTime() < until) {
            Object at = ((JavascriptExecutor) browser).executeScript(script, mark);
            if (at instanceof Number n) {
                return n.doubleValue();
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
        }
        return null;
    }

    private static void openInbox(WebDriver browser, String console, String username, boolean exercise) {
        logIn(browser, console, username);
        browser.get(console + "/" + (exercise ? "#/inbox/exercise" : "#/inbox"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-list")));
    }

    /** Logs a demo user in through the console's form. */
    static void logIn(WebDriver browser, String console, String username) {
        browser.get(console + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("who-name")));
    }

    /** Debian's Chromium, headless, kept off the network (DESIGN §10); never a browser download. */
    static WebDriver chromium(Path profile) {
        if (!Files.isExecutable(Path.of("/usr/bin/chromium")) || !Files.isExecutable(Path.of("/usr/bin/chromedriver"))) {
            throw new BenchAborted("Chromium is not installed: run infra/e2e/install-chromium.sh (Debian's chromium and chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
    }
}
