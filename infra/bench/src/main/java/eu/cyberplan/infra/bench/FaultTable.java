package eu.cyberplan.infra.bench;

import java.util.List;

/** The fault harness's table: one row per drill, then what the 5xx and other refusals were, then the verdicts. */
final class FaultTable {

    private FaultTable() {
    }

    static void print(List<DrillResult> results) {
        System.out.println();
        System.out.printf("%-26s %6s %9s %11s %5s %10s %10s  %-22s%n",
                "fault", "sent", "accepted", "delivered", "lost", "duplicated", "recovery s", "5xx seen");
        for (DrillResult r : results) {
            if (r.skipped()) {
                System.out.printf("%-26s %s%n", r.fault(), r.verdict());
                continue;
            }
            System.out.printf("%-26s %6d %9d %5d/%-5d %5d %10d %10s  %-22s%n", r.fault(), r.sent(), r.accepted(), r.delivered(), r.expected(),
                    r.lost(), r.duplicated(), r.recovery().map(d -> String.format("%.1f", d.toMillis() / 1000.0)).orElse("none"), r.serverErrors());
        }
        System.out.println();
        System.out.println("delivered = (incident, recipient) pairs with an ALERT row in contact_points.inbox_item, of accepted × "
                + SteadyFiling.RECIPIENTS + "; recovery = end of the fault → every /health 200 and an incident filed after it in every inbox");
        for (DrillResult r : results) {
            if (!r.skipped()) {
                System.out.printf("%-26s refused without a 5xx: %s; half-written: %d%n", r.fault(), r.otherRefusals(), r.halfWritten());
            }
        }
        System.out.println();
        results.forEach(r -> System.out.printf("%-26s %s%n", r.fault(), r.verdict()));
    }
}
