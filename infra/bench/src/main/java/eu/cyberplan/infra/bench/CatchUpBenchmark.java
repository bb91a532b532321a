package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.country.CountryCodes;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A node back after an outage (DESIGN §11), against the local federation ({@code ./stack.sh --federation}): the west
 * node's contact-points is stopped and held down by the launcher while {@code alert.dispatched} events for its countries
 * pile up on the topic (signed as the EU node, as escalation would), then let go; the figure is the time from letting
 * it go until every one of them is in its inboxes ({@code alert.delivered} read back), with how many never came and how
 * many came twice. Prints figures, asserts nothing.
 */
public final class CatchUpBenchmark {

    static final String USAGE = """
            Usage: java -cp cyberplan-bench.jar eu.cyberplan.infra.bench.CatchUpBenchmark [flags]
              --kafka HOST:PORT           Kafka bootstrap servers                        (default 127.0.0.1:9092)
              --topic-prefix PREFIX       topic prefix                                   (default cyberplan)
              --node-url URL              the stopped node's contact-points              (default http://127.0.0.1:9301)
              --node-label LABEL          its child name in the launcher                 (default west/contact-points)
              --events N                  alerts published while it is down              (default 100000)
              --mode real|exercise        which topics the alerts use                    (default exercise: keeps demo inboxes clean)
              --state-dir DIR             the launcher's state directory (its hold/)     (default .cyberplan)
              --pgbench "LINE"            the line printed by pgbench-filing.sh, for the ratio""";

    private static final Set<String> FLAGS = Set.of("--kafka", "--topic-prefix", "--node-url", "--node-label", "--events",
            "--mode", "--state-dir", "--pgbench");
    private static final long CATCH_UP_TIMEOUT_SECONDS = 1800;

    private final Flags flags;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    CatchUpBenchmark(Flags flags, PrintStream out) {
        this.flags = flags;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        DriverMain.run(args, "catchup", USAGE, FLAGS, flags -> new CatchUpBenchmark(flags, System.out)::run);
    }

    void run() throws Exception {
        out.printf("CyberPlan catch-up benchmark (a node back after an outage), %s%n", Instant.now());
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        String pgbench = flags.text("--pgbench", "pgbench: not measured in this sitting");
        out.println("  " + pgbench);
        String signatures = "event signatures " + (StackSigning.on() ? "on"
                : "OFF (CYBERPLAN_EVENT_SIGNATURES=off: what they cost is the difference with a run where they are on)");
        out.println("  " + signatures);

        String bootstrap = flags.text("--kafka", "127.0.0.1:9092");
        String prefix = flags.text("--topic-prefix", Topics.DEFAULT_PREFIX);
        URI node = URI.create(flags.text("--node-url", "http://127.0.0.1:9301"));
        String label = flags.text("--node-label", "west/contact-points");
        Path hold = Path.of(flags.text("--state-dir", ".cyberplan")).resolve("hold").resolve(label);
        List<String> countries = CountryCodes.MEMBERS.stream().filter(code -> !List.of("EE", "LV", "LT").contains(code)).toList();
        int incidents = Math.max(1, flags.number("--events", 100_000) / countries.size());
        int expected = incidents * countries.size();
        boolean exercise = !"real".equals(flags.text("--mode", "exercise"));
        String alerts = Topics.qualified(prefix, Topics.ALERTS, exercise);
        String receipts = Topics.qualified(prefix, Topics.RECEIPTS, exercise);

        try (AlertFlood warmup = new AlertFlood(bootstrap, alerts, exercise ? UUID.randomUUID() : null)) {
            out.printf("%nwarm-up with %s up: 5 incidents × %d countries…%n", label, countries.size());
            InboxDeliveries delivered = new InboxDeliveries(warmup, 5 * countries.size());
            try (DeliveryWatcher watcher = new DeliveryWatcher(bootstrap, receipts, delivered, json)) {
                watcher.startAndAwaitAssignment(Duration.ofSeconds(30));
                warmup.send(5, countries);
                if (!delivered.awaitAll(120)) {
                    throw new BenchAborted("the warm-up alerts did not all reach " + label + " (" + delivered.count() + " of "
                            + 5 * countries.size() + "): is ./stack.sh --federation running, and does this run sign as its eu node?");
                }
            }
        }

        long pid = ProcFs.allPids().stream().filter(p -> ProcFs.commandLine(p).contains("-Dcyberplan.launcher.child=" + label + " "))
                .findFirst().orElseThrow(() -> new BenchAborted("no JVM labelled " + label + ": start ./stack.sh --federation"));
        Files.createDirectories(hold.getParent());
        Files.writeString(hold, "held by the catch-up benchmark\n");
        try (AlertFlood flood = new AlertFlood(bootstrap, alerts, exercise ? UUID.randomUUID() : null)) {
            InboxDeliveries delivered = new InboxDeliveries(flood, expected);
            try (DeliveryWatcher watcher = new DeliveryWatcher(bootstrap, receipts, delivered, json)) {
                watcher.startAndAwaitAssignment(Duration.ofSeconds(30));
                out.printf("%nstopping %s (pid %d) and holding its restart (%s)…%n", label, pid, hold);
                new ProcessBuilder("kill", "-TERM", Long.toString(pid)).inheritIO().start().waitFor();
                awaitGone(pid);
                long sendStart = System.nanoTime();
                flood.send(incidents, countries);
                out.printf("  %,d alert.dispatched for %d countries published while it was down, in %.1f s; delivered meanwhile: %d%n",
                        flood.sent(), countries.size(), (System.nanoTime() - sendStart) / 1e9, delivered.count());

                long released = System.nanoTime();
                Files.delete(hold);
                out.printf("letting it restart (%s)…%n", Instant.now());
                double healthy = awaitHealthy(node, released);
                out.printf("  healthy again %.1f s after the hold was lifted (JVM start, Flyway, listeners)%n", healthy);
                boolean all = delivered.awaitAll(CATCH_UP_TIMEOUT_SECONDS);
                double caughtUp = (Math.max(delivered.lastNanos(), released) - released) / 1e9;
                int lost = flood.sent() - delivered.count();
                out.printf("  %s %,d of %,d applied %.1f s after the hold was lifted (%.1f s after it answered /health): %,.0f/s;"
                                + " %d lost, %d applied twice%n", all ? "all" : "ONLY", delivered.count(), flood.sent(), caughtUp,
                        caughtUp - healthy, delivered.count() / Math.max(0.001, caughtUp - healthy), lost, delivered.duplicates());

                out.printf("%n== summary ==%n");
                MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
                out.println("  " + pgbench);
                out.println("  " + signatures);
                out.printf("  catch-up: %,d events missed by %s applied %.1f s after its restart (aim < 60 s: %s), of which %.1f s"
                                + " to start, then %,.0f events/s; %d lost, %d applied twice%n", delivered.count(), label, caughtUp,
                        all && caughtUp < 60 ? "met" : "NOT met", healthy, delivered.count() / Math.max(0.001, caughtUp - healthy), lost,
                        delivered.duplicates());
            }
        } finally {
            Files.deleteIfExists(hold);
        }
    }

    private static void awaitGone(long pid) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (Instant.now().isAfter(until)) {
                throw new BenchAborted("pid " + pid + " did not stop within 60 s");
            }
            Thread.sleep(200);
        }
    }

    private double awaitHealthy(URI node, long since) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(until)) {
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(node.resolve("/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return (System.nanoTime() - since) / 1e9;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new BenchAborted(node + " not healthy within 300 s of its restart");
    }
}
