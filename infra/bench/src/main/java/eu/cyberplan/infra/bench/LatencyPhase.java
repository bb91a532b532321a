package eu.cyberplan.infra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Files incidents on an open-loop schedule at a fixed rate and times each one from its planned send time
 * to the consumption of every {@code alert.delivered}; a slow response never delays the next request,
 * so a stall shows up in the figures instead of hiding (no coordinated omission).
 */
final class LatencyPhase {

    static final Duration STRAGGLER_WAIT = Duration.ofSeconds(30);

    private final EarlyWarningFiler filer;
    private final DeliveryLedger ledger;

    LatencyPhase(EarlyWarningFiler filer, DeliveryLedger ledger) {
        this.filer = filer;
        this.ledger = ledger;
    }

    /** What the phase measured; the watcher must already be assigned its partitions. */
    record Result(int rate, int seconds, ResponseTally responses, DeliveryLedger deliveries,
                  double maxSendLagMillis, double stragglerWaitMillis, boolean complete) {
    }

    Result run(int rate, int seconds) throws InterruptedException {
        ResponseTally responses = new ResponseTally();
        int total = rate * seconds;
        double intervalNanos = 1e9 / rate;
        long start = System.nanoTime() + 20_000_000;
        long maxLag = 0;
        List<CompletableFuture<Void>> inFlight = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            long planned = start + (long) (i * intervalNanos);
            parkUntil(planned);
            maxLag = Math.max(maxLag, System.nanoTime() - planned);
            inFlight.add(filer.file().thenAccept(outcome -> {
                if (outcome.isAccepted()) {
                    ledger.filed(outcome.incidentId(), planned);
                }
                responses.count(outcome, planned);
            }));
        }
        awaitResponses(inFlight);
        long filingEnded = System.nanoTime();
        boolean complete = ledger.awaitComplete(filingEnded + STRAGGLER_WAIT.toNanos());
        double stragglerWait = (System.nanoTime() - filingEnded) / 1e6;
        return new Result(rate, seconds, responses, ledger, maxLag / 1e6, stragglerWait, complete);
    }

    private static void awaitResponses(List<CompletableFuture<Void>> inFlight) throws InterruptedException {
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            System.err.println("latency phase: some POSTs had no answer 60 s after the last was sent");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a response handler failed", e.getCause());
        }
    }

    private static void parkUntil(long deadlineNanos) {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
