package eu.cyberplan.infra.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs one fault drill against the stack while {@link SteadyFiling} goes on: a calm lead-in, the fault, the wait for
 * recovery, a calm tail, then the count of every accepted incident in every recipient's inbox once the backlog drained.
 */
final class DrillRunner {

    private static final Duration CALM = Duration.ofSeconds(5);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration POLL = Duration.ofMillis(500);

    private final SteadyFiling filing;
    private final InboxLedger ledger;
    private final StackChildren children;

    DrillRunner(SteadyFiling filing, InboxLedger ledger, StackChildren children) {
        this.filing = filing;
        this.ledger = ledger;
        this.children = children;
    }

    DrillResult run(Fault fault) throws Exception {
        System.out.println(Instant.now() + " drill: " + fault.label());
        FilingWindow window = filing.openWindow();
        Thread.sleep(CALM.toMillis());
        Instant faultOver = fault.inject();
        Optional<Duration> recovery = awaitRecovery(window, faultOver, fault.recoveryTimeout());
        System.out.println("  recovery: " + recovery.map(d -> String.format("%.1f s", d.toMillis() / 1000.0)).orElse("none within "
                + fault.recoveryTimeout().toSeconds() + " s"));
        Thread.sleep(CALM.toMillis());
        filing.closeWindow();
        if (!window.awaitOutcomes(Duration.ofSeconds(30))) {
            System.out.println("  some filings still had no answer 30 s after the drill: counted as sent without an outcome");
        }
        Instant closed = Instant.now();
        Map<UUID, Instant> accepted = window.acceptedIncidents();
        long expected = (long) accepted.size() * SteadyFiling.RECIPIENTS.size();
        InboxLedger.Count count = drained(accepted, expected);
        long halfWritten = ledger.halfWritten(window.opened(), closed.plusSeconds(25));
        String failure = fault.settle();
        return new DrillResult(fault.label(), window.sentCount(), accepted.size(), expected, count.delivered(),
                expected - count.delivered(), count.duplicated(), recovery, window.serverErrorSummary(), window.errorsOtherThanUnavailable(),
                window.unavailableWithoutRetryAfter(), window.otherRefusals(), window.clientErrors(), halfWritten, failure);
    }

    /** Waits (bounded) until every service is healthy again, so the next drill starts from a whole stack. */
    boolean awaitWholeStack(Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (children.allServicesHealthy()) {
                return true;
            }
            Thread.sleep(POLL.toMillis());
        }
        return false;
    }

    private Optional<Duration> awaitRecovery(FilingWindow window, Instant faultOver, Duration timeout) throws InterruptedException {
        Instant until = faultOver.plus(timeout);
        while (Instant.now().isBefore(until)) {
            List<UUID> filedSince = window.acceptedIncidents().entrySet().stream()
                    .filter(entry -> entry.getValue().isAfter(faultOver)).map(Map.Entry::getKey).toList();
            if (!filedSince.isEmpty() && children.allServicesHealthy() && deliveredAny(filedSince)) {
                return Optional.of(Duration.between(faultOver, Instant.now()));
            }
            Thread.sleep(POLL.toMillis());
        }
        return Optional.empty();
    }

    private boolean deliveredAny(List<UUID> incidents) {
        try {
            return ledger.anyDeliveredToAll(incidents, SteadyFiling.RECIPIENTS);
        } catch (SQLException databaseNotBackYet) {
            return false;
        }
    }

    /** The count once every accepted incident is in every inbox, or as it stands when the drain timeout is over. */
    private InboxLedger.Count drained(Map<UUID, Instant> accepted, long expected) throws Exception {
        Instant until = Instant.now().plus(DRAIN_TIMEOUT);
        InboxLedger.Count count = ledger.count(accepted.keySet(), SteadyFiling.RECIPIENTS);
        while (count.delivered() < expected && Instant.now().isBefore(until)) {
            Thread.sleep(1_000);
            count = ledger.count(accepted.keySet(), SteadyFiling.RECIPIENTS);
        }
        return count;
    }
}
