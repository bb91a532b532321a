package eu.cyberplan.infra.bench;

import java.util.concurrent.CountDownLatch;

/**
 * Files incidents as fast as the stack takes them, keeping a fixed number of POSTs in flight:
 * each slot sends its next request as soon as the previous one is answered, until the time is up.
 */
final class ThroughputPhase {

    private final EarlyWarningFiler filer;

    ThroughputPhase(EarlyWarningFiler filer) {
        this.filer = filer;
    }

    /** What the phase measured; {@code elapsedSeconds} runs until the last in-flight request was answered. */
    record Result(int concurrency, int seconds, ResponseTally responses, double elapsedSeconds) {

        double acceptedPerSecond() {
            return responses.accepted() / elapsedSeconds;
        }
    }

    Result run(int concurrency, int seconds) throws InterruptedException {
        ResponseTally responses = new ResponseTally();
        CountDownLatch slotsDone = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        for (int slot = 0; slot < concurrency; slot++) {
            keepFiling(responses, end, slotsDone);
        }
        slotsDone.await();
        return new Result(concurrency, seconds, responses, (System.nanoTime() - start) / 1e9);
    }

    private void keepFiling(ResponseTally responses, long endNanos, CountDownLatch slotsDone) {
        if (System.nanoTime() >= endNanos) {
            slotsDone.countDown();
            return;
        }
        // The next send runs off the completing thread, so a run of instant failures cannot deepen the stack.
        filer.file().thenAcceptAsync(outcome -> {
            responses.count(outcome, outcome.sentNanos());
            keepFiling(responses, endNanos, slotsDone);
        });
    }
}
