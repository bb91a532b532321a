package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The MSEL editor with a Cyber Europe–size scenario (issue 24): the drill's 28,000 injects for 30 countries, imported as
 * a planner would (the file chosen in the editor, JSON as it is, CSV through the service's reader), timed from the file's
 * choice to the timeline and the list on screen (the page's {@code performance} marks, two frames after the last DOM
 * change so layout and paint are in); then an inject moved with the keyboard on that timeline. The first import is in a
 * browser that has just opened the console. Prints figures, asserts nothing.
 */
public final class MselBenchmark {

    static final String USAGE = """
            Usage: java -cp cyberplan-bench.jar eu.cyberplan.infra.bench.MselBenchmark [flags]
              --console URL               the console                            (default http://127.0.0.1:8080)
              --injects N                 injects in the scenario                (default 28000)
              --runs N                    imports of each file                   (default 5)
              --pgbench "LINE"            the line printed by pgbench-filing.sh, for the ratio""";

    private static final Set<String> FLAGS = Set.of("--console", "--injects", "--runs", "--pgbench");
    private static final Duration RENDER_WITHIN = Duration.ofSeconds(120);

    private final Flags flags;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    MselBenchmark(Flags flags, PrintStream out) {
        this.flags = flags;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        DriverMain.run(args, "msel", USAGE, FLAGS, flags -> new MselBenchmark(flags, System.out)::run);
    }

    void run() throws Exception {
        out.printf("CyberPlan MSEL editor benchmark (a Cyber Europe–size scenario on the timeline), %s%n", Instant.now());
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        String pgbench = flags.text("--pgbench", "pgbench: not measured in this sitting");
        out.println("  " + pgbench);
        String console = flags.text("--console", "http://127.0.0.1:8080");
        int injects = flags.number("--injects", 28_000);
        int runs = flags.number("--runs", 5);

        ObjectNode scenario = DrillBenchmark.scenario(json, injects, 36_000, 4, 60);
        Path dir = Files.createTempDirectory("cyberplan-msel-bench");
        Path jsonFile = Files.writeString(dir.resolve("drill.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(scenario));
        String token = new DutyOfficerLogin(http, json, URI.create(console)).accessToken("planner", "demo");
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(console + "/api/v1/exercises/scenario-checks"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(scenario.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (csv.statusCode() != 200) {
            throw new BenchAborted("the console's export of the scenario as CSV answered " + csv.statusCode() + ": " + csv.body());
        }
        Path csvFile = Files.writeString(dir.resolve("drill.csv"), csv.body());
        out.printf("%nscenario: %,d injects for %d countries over 10 h of exercise time; %s %,d bytes, %s %,d bytes%n", injects,
                DrillBenchmark.MEMBERS.size(), jsonFile.getFileName(), Files.size(jsonFile), csvFile.getFileName(), Files.size(csvFile));

        WebDriver browser = ConsoleBenchmark.chromium(Files.createTempDirectory("cyberplan-bench-chromium"));
        try {
            ConsoleBenchmark.logIn(browser, console, "planner");
            browser.get(console + "/#/exercises/msel");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("msel-file")));
            out.printf("Chromium %s, the editor open as planner%n", ((org.openqa.selenium.HasCapabilities) browser).getCapabilities().getBrowserVersion());
            List<Timing> jsonRuns = new ArrayList<>();
            List<Timing> csvRuns = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                jsonRuns.add(imported(browser, jsonFile, injects));
                out.printf("run %d, JSON: %s%n", run, jsonRuns.get(run - 1));
                csvRuns.add(imported(browser, csvFile, injects));
                out.printf("run %d, CSV:  %s%n", run, csvRuns.get(run - 1));
            }
            double keyMove = keyboardMove(browser);
            out.printf("%n== summary ==%n");
            MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
            out.println("  " + pgbench);
            out.printf("  %,d injects, file chosen → timeline and list on screen: JSON first %s, median %s, max %s over %d; "
                            + "CSV (through the service) first %s, median %s, max %s; of which the timeline's DOM: median %s%n",
                    injects, ms(jsonRuns.get(0).total()), ms(median(jsonRuns, Timing::total)), ms(max(jsonRuns)), runs,
                    ms(csvRuns.get(0).total()), ms(median(csvRuns, Timing::total)), ms(max(csvRuns)), ms(median(jsonRuns, Timing::timeline)));
            out.printf("  an inject moved a minute with → on that timeline, to the next frame: %s%n", ms(keyMove));
        } finally {
            browser.quit();
        }
    }

    record Timing(double total, double timeline) {
        @Override
        public String toString() {
            return "on screen after " + ms(total) + " (timeline DOM " + ms(timeline) + ")";
        }
    }

    /** Chooses the file in the editor and waits for its two frames after the last change. */
    private static Timing imported(WebDriver browser, Path file, int injects) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("performance.clearMarks(); document.getElementById('msel-timeline').dataset.shown = '';"
                + " document.getElementById('msel-file').value = '';");
        browser.findElement(By.id("msel-file")).sendKeys(file.toString());
        long until = System.nanoTime() + RENDER_WITHIN.toNanos();
        while (System.nanoTime() < until) {
            Object result = js.executeScript("const s = performance.getEntriesByName('msel-import-start'), r = performance.getEntriesByName('msel-rendered');"
                    + " const t = document.getElementById('msel-timeline');"
                    + " return s.length && r.length && t.dataset.shown === String(arguments[0]) ? [r[0].startTime - s[0].startTime, Number(t.dataset.renderMs)] : null;", injects);
            if (result instanceof List<?> figures) {
                return new Timing(((Number) figures.get(0)).doubleValue(), ((Number) figures.get(1)).doubleValue());
            }
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
        }
        throw new BenchAborted(file.getFileName() + " was not on screen within " + RENDER_WITHIN.toSeconds() + " s");
    }

    private static double keyboardMove(WebDriver browser) {
        browser.findElement(By.cssSelector("#msel-list .rows .row")).click();
        Object elapsed = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " const t0 = performance.now();"
                + " document.getElementById('msel-list').dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true}));"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));");
        return ((Number) elapsed).doubleValue();
    }

    private static double median(List<Timing> runs, java.util.function.ToDoubleFunction<Timing> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double max(List<Timing> runs) {
        return runs.stream().mapToDouble(Timing::total).max().orElse(0);
    }

    private static String ms(double millis) {
        return String.format("%,.0f ms", millis);
    }
}
