package eu.cyberplan.infra.bench;

import java.io.PrintStream;
import java.util.Optional;

/** The closing block: the machine, each aim MET or NOT MET, and filing set against pgbench's limit. */
final class BenchSummary {

    static final double AIM_ACCEPTED_PER_SECOND = 1_000;
    static final double AIM_P99_FILE_TO_DELIVERED_MILLIS = 1_000;

    private final PrintStream out;

    BenchSummary(PrintStream out) {
        this.out = out;
    }

    void print(MachineDescription machine, LatencyPhase.Result latency, ThroughputPhase.Result throughput,
               Optional<String> pgbenchLine) {
        out.println();
        out.println("================ Filing benchmark summary ================");
        machine.lines().forEach(line -> out.println("machine  " + line));
        printLatencyAim(latency);
        printThroughputAim(throughput);
        printPgbench(throughput, pgbenchLine);
        out.println("==========================================================");
    }

    private void printLatencyAim(LatencyPhase.Result latency) {
        DeliveryLedger deliveries = latency.deliveries();
        // A delivery that never came counts as later than any that did; a refused filing delivers nothing.
        double p99 = deliveries.fileToDelivered().percentileMillis(99, deliveries.missing());
        boolean met = p99 < AIM_P99_FILE_TO_DELIVERED_MILLIS && latency.responses().refused() == 0
                && deliveries.filedIncidents() > 0;
        out.printf("aim      p99 file->delivered < %.0f ms at %d/s x %d countries: %s  (p99 %s, %d missing counted as never,"
                        + " %d POSTs refused)%n",
                AIM_P99_FILE_TO_DELIVERED_MILLIS, latency.rate(), EarlyWarningFiler.AFFECTED_COUNTRIES.size(),
                verdict(met), LatencySamples.millis(p99), deliveries.missing(), latency.responses().refused());
    }

    private void printThroughputAim(ThroughputPhase.Result throughput) {
        double perSecond = throughput.acceptedPerSecond();
        out.printf("aim      >= %.0f incidents/s accepted: %s  (%.0f/s, %d in flight, %d errors)%n",
                AIM_ACCEPTED_PER_SECOND, verdict(perSecond >= AIM_ACCEPTED_PER_SECOND), perSecond,
                throughput.concurrency(), throughput.responses().refused());
    }

    private void printPgbench(ThroughputPhase.Result throughput, Optional<String> pgbenchLine) {
        if (pgbenchLine.isEmpty()) {
            out.println("pgbench  not given (--pgbench \"<line of pgbench-filing.sh>\")");
            return;
        }
        Optional<PgbenchFigure> figure = pgbenchLine.flatMap(PgbenchFigure::parse);
        if (figure.isEmpty()) {
            out.println("pgbench  no tps= in: " + pgbenchLine.get());
            return;
        }
        out.println("pgbench  " + figure.get().line());
        out.printf("ratio    accepted/s / pgbench tps = %.0f / %.0f = %.2f%n",
                throughput.acceptedPerSecond(), figure.get().tps(), throughput.acceptedPerSecond() / figure.get().tps());
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "NOT MET";
    }
}
