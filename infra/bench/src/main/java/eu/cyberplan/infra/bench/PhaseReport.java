package eu.cyberplan.infra.bench;

import java.io.PrintStream;

/** Prints what each phase measured, one figure a line. */
final class PhaseReport {

    private final PrintStream out;

    PhaseReport(PrintStream out) {
        this.out = out;
    }

    void latency(LatencyPhase.Result result, int recipientsPerIncident) {
        ResponseTally responses = result.responses();
        DeliveryLedger deliveries = result.deliveries();
        out.println();
        out.printf("== Latency phase: %d incidents/s for %d s, %d recipients each (open loop) ==%n",
                result.rate(), result.seconds(), recipientsPerIncident);
        out.printf("incidents filed        %d%n", responses.sent());
        out.printf("201 Created            %d%n", responses.accepted());
        out.printf("not 201                %d  %s%n", responses.refused(), responses.refusals());
        out.printf("deliveries expected    %d  (%d x %d accepted)%n",
                deliveries.expected(), recipientsPerIncident, deliveries.filedIncidents());
        out.printf("deliveries seen        %d%n", deliveries.delivered());
        out.printf("deliveries missing     %d%s%n", deliveries.missing(),
                result.complete() ? "" : "  (after waiting " + LatencyPhase.STRAGGLER_WAIT.toSeconds() + " s for stragglers)");
        out.printf("duplicate deliveries   %d%n", deliveries.duplicates());
        out.printf("file->delivered        %s  max %s%n",
                deliveries.fileToDelivered().describe(50, 95, 99),
                LatencySamples.millis(deliveries.fileToDelivered().maxMillis()));
        out.printf("POST response          %s  max %s%n",
                responses.responseLatency().describe(50, 99),
                LatencySamples.millis(responses.responseLatency().maxMillis()));
        out.printf("sender lag (max)       %.1f ms behind schedule; stragglers waited %.0f ms%n",
                result.maxSendLagMillis(), result.stragglerWaitMillis());
    }

    void throughput(ThroughputPhase.Result result) {
        ResponseTally responses = result.responses();
        out.println();
        out.printf("== Throughput phase: %d in flight for %d s (closed loop) ==%n", result.concurrency(), result.seconds());
        out.printf("POSTs sent             %d in %.1f s%n", responses.sent(), result.elapsedSeconds());
        out.printf("accepted (201)         %d  = %.0f/s%n", responses.accepted(), result.acceptedPerSecond());
        out.printf("errors                 %d  %s%n", responses.refused(), responses.refusals());
        out.printf("POST response          %s  max %s%n",
                responses.responseLatency().describe(50, 99),
                LatencySamples.millis(responses.responseLatency().maxMillis()));
    }
}
