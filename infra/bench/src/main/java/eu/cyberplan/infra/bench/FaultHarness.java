package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fault harness (issue 17): while a duty officer of EE files 20 cross-border incidents a second, it kills each
 * service in turn, keeps the broker down for a minute, restarts PostgreSQL and plants a poison event, and counts
 * whether every accepted incident reached every recipient's inbox exactly once. Drives the stack of {@code ./stack.sh}
 * on 127.0.0.1 only; {@code infra/bench/run-faults.sh} starts that stack, runs this and stops it.
 */
public final class FaultHarness {

    private static final Set<String> FLAGS = Set.of("--launcher-pid", "--repo", "--rate", "--outage-seconds", "--pgbench", "--jdbc-url",
            "--jdbc-user", "--topic-prefix", "--only");
    private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private FaultHarness() {
    }

    public static void main(String[] args) throws Exception {
        Flags flags;
        try {
            flags = new Flags(args, FLAGS);
            if (!flags.has("--launcher-pid")) {
                throw new IllegalArgumentException("--launcher-pid is required (the pid ./stack.sh's launcher runs as)");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: FaultHarness --launcher-pid PID [--repo DIR] [--rate 20] [--outage-seconds 60] [--pgbench LINE]"
                    + " [--jdbc-url URL] [--jdbc-user postgres] [--topic-prefix cyberplan] [--only contact-points,incident-reporting,escalation,exercises,kafka,postgres,poison]");
            System.exit(2);
            return;
        }
        try {
            System.exit(run(flags) ? 0 : 1);
        } catch (BenchAborted e) {
            System.err.println("ABORTED: " + e.getMessage());
            System.exit(3);
        }
    }

    private static boolean run(Flags flags) throws Exception {
        System.out.println("CyberPlan fault harness, " + Instant.now());
        MachineDescription.ofThisMachine().lines().forEach(line -> System.out.println("  " + line));
        System.out.println("  pgbench        " + flags.text("--pgbench", "(not measured in this sitting)"));
        int rate = flags.number("--rate", 20);
        String jdbcUrl = flags.text("--jdbc-url", env("CYBERPLAN_JDBC_URL", LOCAL_SERVER + "cyberplan"));
        Set<String> only = Set.of(flags.text("--only", "contact-points,incident-reporting,escalation,exercises,kafka,postgres,poison").split(","));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();
        ObjectMapper json = new ObjectMapper();
        StackChildren children = new StackChildren(Long.parseLong(flags.text("--launcher-pid", "")), http);
        InboxLedger ledger = new InboxLedger(jdbcUrl, flags.text("--jdbc-user", env("CYBERPLAN_JDBC_USER", "postgres")), env("CYBERPLAN_JDBC_PASSWORD", ""));
        ledger.connect().close();
        if (!children.allServicesHealthy()) {
            throw new BenchAborted("not every service answers /health with 200: start the stack first (./stack.sh)");
        }
        DutyOfficerLogin login = new DutyOfficerLogin(http, json, URI.create("http://127.0.0.1:8081"));
        System.out.printf("Filing %d early warnings/s as duty.ee (EE → %s) throughout; launcher pid %s; database %s%n",
                rate, SteadyFiling.RECIPIENTS, flags.text("--launcher-pid", ""), jdbcUrl);
        List<DrillResult> results = new ArrayList<>();
        try (SteadyFiling filing = new SteadyFiling(http, json, URI.create("http://127.0.0.1:8082"), login.accessToken("duty.ee", "demo"), rate)) {
            DrillRunner runner = new DrillRunner(filing, ledger, children);
            for (Fault fault : faults(flags, only, children, ledger, jdbcUrl)) {
                if (!runner.awaitWholeStack(Duration.ofSeconds(120))) {
                    throw new BenchAborted("the stack is not whole before \"" + fault.label() + "\": a service is still down");
                }
                filing.useToken(login.accessToken("duty.ee", "demo"));
                DrillResult result = runner.run(fault);
                System.out.println("  → " + result.verdict());
                results.add(result);
            }
            skippedDatabaseRestart(only, jdbcUrl).ifPresent(results::add);
        }
        FaultTable.print(results);
        return results.stream().allMatch(r -> r.passed() || r.skipped());
    }

    private static List<Fault> faults(Flags flags, Set<String> only, StackChildren children, InboxLedger ledger, String jdbcUrl) {
        List<Fault> faults = new ArrayList<>();
        StackChildren.KILLED_IN_TURN.stream().filter(only::contains).forEach(service -> faults.add(new ServiceKill(children, service)));
        if (only.contains("kafka")) {
            Path hold = Path.of(flags.text("--repo", ".")).toAbsolutePath().resolve(".cyberplan/hold/kafka");
            faults.add(new BrokerOutage(children, hold, Duration.ofSeconds(flags.number("--outage-seconds", 60))));
        }
        if (only.contains("postgres") && localServer(jdbcUrl)) {
            faults.add(new DatabaseRestart());
        }
        if (only.contains("poison")) {
            faults.add(new PoisonEvent(ledger, flags.text("--topic-prefix", env("CYBERPLAN_TOPIC_PREFIX", "cyberplan"))));
        }
        return faults;
    }

    private static java.util.Optional<DrillResult> skippedDatabaseRestart(Set<String> only, String jdbcUrl) {
        if (!only.contains("postgres") || localServer(jdbcUrl)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(DrillResult.skipped("PostgreSQL restart",
                "the stack does not run on the local server 127.0.0.1:5432 with pg_ctlcluster (" + jdbcUrl + ")"));
    }

    private static boolean localServer(String jdbcUrl) {
        return jdbcUrl.startsWith(LOCAL_SERVER) && Files.isExecutable(Path.of("/usr/bin/pg_ctlcluster"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
