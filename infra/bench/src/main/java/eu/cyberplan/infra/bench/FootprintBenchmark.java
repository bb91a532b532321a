package eu.cyberplan.infra.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The stack's footprint from outside: resident memory of each process of {@code ./stack.sh} (launcher, broker,
 * services) and their total, then the CPU they use over a window with no traffic at all, per process and per busiest
 * thread. {@code run-startup-bench.sh} calls it 60 s after the stack came up and again after a filing load.
 * Not a test: it prints figures and asserts nothing.
 */
public final class FootprintBenchmark {

    static final String USAGE = """
            Usage: java -cp cyberplan-bench.jar eu.cyberplan.infra.bench.FootprintBenchmark --launcher-pid PID [flags]
              --launcher-pid PID     the process ./stack.sh became (java … cyberplan-launcher.jar)
              --label TEXT           when this is measured, e.g. "60 s after start"     (default "now")
              --idle-seconds N       the quiet window for CPU; 0 = memory only           (default 30)
              --threads N            busiest thread groups to list                       (default 20)
              --database NAME        the stack's database, for its PostgreSQL backends   (default cyberplan)
              --pgbench "LINE"       the line printed by pgbench-filing.sh in this sitting""";

    private static final Set<String> FLAGS = Set.of("--launcher-pid", "--label", "--idle-seconds", "--threads", "--database", "--pgbench");

    private final Flags flags;
    private final PrintStream out;

    FootprintBenchmark(Flags flags, PrintStream out) {
        this.flags = flags;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        DriverMain.run(args, "footprint", USAGE, FLAGS, flags -> new FootprintBenchmark(flags, System.out)::run);
    }

    void run() throws InterruptedException {
        if (!flags.has("--launcher-pid")) {
            throw new IllegalArgumentException("--launcher-pid is required");
        }
        String label = flags.text("--label", "now");
        out.printf("CyberPlan footprint benchmark (%s), %s%n", label, Instant.now());
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        out.println("  " + flags.text("--pgbench", "pgbench: not measured in this sitting"));
        StackProcesses stack = StackProcesses.of(flags.number("--launcher-pid", 0), flags.text("--database", "cyberplan"));
        StackFootprint footprint = new StackFootprint(stack, out);
        footprint.printMemory(label);
        int idleSeconds = flags.number("--idle-seconds", 30);
        if (idleSeconds > 0) {
            footprint.printIdleCpu(Duration.ofSeconds(idleSeconds), flags.number("--threads", 20));
        }
    }
}
