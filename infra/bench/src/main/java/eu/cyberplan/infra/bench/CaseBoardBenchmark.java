package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The coordinator's case board with hundreds of open cases (issue 25): the cases are filed over HTTP as duty officers
 * would, then a headless Chromium with the console open as the coordinator goes to the board, timed in the page from
 * the navigation to the last case card on screen (two frames after, so layout and paint are in). The first visit is in a
 * browser that has just logged in. The cases it filed are closed afterwards. Prints figures, asserts nothing.
 */
public final class CaseBoardBenchmark {

    static final String USAGE = """
            Usage: java -cp cyberplan-bench.jar eu.cyberplan.infra.bench.CaseBoardBenchmark [flags]
              --console URL               the console                            (default http://127.0.0.1:8080)
              --incident-reporting URL    where duty.ee files                    (default http://127.0.0.1:8082)
              --escalation URL            the cases                              (default http://127.0.0.1:8083)
              --cases N                   open real cases on the board           (default 500)
              --runs N                    visits of the board                    (default 5)
              --pgbench "LINE"            the line printed by pgbench-filing.sh, for the ratio""";

    private static final Set<String> FLAGS = Set.of("--console", "--incident-reporting", "--escalation", "--cases", "--runs", "--pgbench");
    private static final List<String> AFFECTED = List.of("LV", "LT", "FI", "EE", "PL", "SE");
    private static final Duration OPENED_WITHIN = Duration.ofMinutes(5);

    /** In the page: from the board's navigation to {@code expected} case cards drawn, two frames after the last change. */
    private static final String VISIT = """
            const expected = arguments[0], done = arguments[arguments.length - 1];
            const start = performance.now();
            location.hash = '#/cases';
            const look = () => {
              const cards = document.querySelectorAll('#case-board article.case').length;
              if (cards >= expected) {
                requestAnimationFrame(() => requestAnimationFrame(() => done({
                  ms: performance.now() - start, cards, elements: document.querySelectorAll('#case-board *').length,
                  more: (document.getElementById('case-board-more') || {}).textContent || '' })));
              } else if (performance.now() - start > 60000) {
                done({ ms: -1, cards, elements: 0, more: '' });
              } else {
                requestAnimationFrame(look);
              }
            };
            look();""";

    private final Flags flags;
    private final java.io.PrintStream out;

    CaseBoardBenchmark(Flags flags, java.io.PrintStream out) {
        this.flags = flags;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        DriverMain.run(args, "board", USAGE, FLAGS, flags -> new CaseBoardBenchmark(flags, System.out)::run);
    }

    void run() throws Exception {
        out.printf("CyberPlan case board benchmark (open real cases → the coordinator's board on screen), %s%n", Instant.now());
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        String pgbench = flags.text("--pgbench", "pgbench: not measured in this sitting");
        out.println("  " + pgbench);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        String console = flags.text("--console", "http://127.0.0.1:8080");
        DutyOfficerLogin login = new DutyOfficerLogin(http, json, URI.create(console));
        String duty = login.accessToken("duty.ee", "demo");
        String coordinator = login.accessToken("coordinator", "demo");
        URI escalation = URI.create(flags.text("--escalation", "http://127.0.0.1:8083"));
        int wanted = flags.number("--cases", 500);
        List<String> filed = new ArrayList<>();
        try {
            long open = openCases(http, json, escalation, coordinator);
            out.printf("%n%d open real cases; filing %d more as duty.ee…%n", open, Math.max(0, wanted - open));
            file(http, json, URI.create(flags.text("--incident-reporting", "http://127.0.0.1:8082")).resolve("/api/v1/incidents"),
                    duty, (int) Math.max(0, wanted - open), filed);
            long deadline = System.nanoTime() + OPENED_WITHIN.toNanos();
            while ((open = openCases(http, json, escalation, coordinator)) < wanted && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            out.printf("%d open real cases on the board's API%n", open);
            visit(console, (int) Math.min(open, 500), pgbench);
        } finally {
            for (String incident : filed) {
                http.send(HttpRequest.newBuilder(escalation.resolve("/api/v1/cases/" + incident + "/closure"))
                        .header("Authorization", "Bearer " + coordinator).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"case board benchmark\"}")).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            out.printf("closed the %d cases the benchmark filed%n", filed.size());
        }
    }

    private void visit(String console, int expected, String pgbench) throws Exception {
        WebDriver browser = ConsoleBenchmark.chromium(Files.createTempDirectory("cyberplan-bench-chromium"));
        try {
            ConsoleBenchmark.logIn(browser, console, "coordinator");
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
            out.printf("%nChromium %s logged in as the coordinator; %d visits of the board, each from the inbox…%n",
                    ((org.openqa.selenium.HasCapabilities) browser).getCapabilities().getBrowserVersion(), flags.number("--runs", 5));
            LatencySamples times = new LatencySamples();
            for (int run = 1; run <= flags.number("--runs", 5); run++) {
                ((JavascriptExecutor) browser).executeScript("location.hash = '#/inbox'");
                Thread.sleep(1_000);
                @SuppressWarnings("unchecked")
                java.util.Map<String, Object> r = (java.util.Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(VISIT, expected);
                double ms = ((Number) r.get("ms")).doubleValue();
                out.printf("  visit %d: %s to %s case cards on screen (%s elements in the board)%s%n", run,
                        ms < 0 ? "not within 60 s" : String.format("%,.0f ms", ms), r.get("cards"), r.get("elements"),
                        String.valueOf(r.get("more")).isEmpty() ? "" : "; the page says: " + r.get("more"));
                if (ms >= 0) {
                    times.record((long) (ms * 1_000_000));
                }
            }
            out.printf("%n== summary ==%n");
            MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
            out.println("  " + pgbench);
            out.printf("  case board with %d open cases, navigation → every card on screen, %d visits: median %s, max %s%n", expected,
                    times.count(), LatencySamples.millis(times.percentileMillis(50)), LatencySamples.millis(times.maxMillis()));
        } finally {
            browser.quit();
        }
    }

    private static long openCases(HttpClient http, ObjectMapper json, URI escalation, String token) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(escalation.resolve("/api/v1/cases?mode=REAL&status=OPEN&size=1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new BenchAborted("GET /cases answered " + page.statusCode() + ": " + page.body());
        }
        return json.readTree(page.body()).path("total").asLong();
    }

    /** Files {@code count} early warnings, 8 at a time, each naming two of the affected countries. */
    private static void file(HttpClient http, ObjectMapper json, URI incidents, String token, int count, List<String> filed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                List<String> affected = List.of(AFFECTED.get(i % AFFECTED.size()), AFFECTED.get((i + 1) % AFFECTED.size()));
                String body = EarlyWarningFiler.earlyWarning(json, "Board bench #" + (i + 1) + ": outage at a grid operator",
                        "Case board benchmark (infra/bench)", affected);
                answers.add(pool.submit(() -> {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(incidents).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 201) {
                        throw new BenchAborted("filing answered " + response.statusCode() + ": " + response.body());
                    }
                    return json.readTree(response.body()).path("id").asText();
                }));
            }
            for (Future<String> answer : answers) {
                filed.add(answer.get());
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }
}
