package eu.cyberplan.infra.launcher;

import eu.cyberplan.infra.launcher.RestartPolicy.RestartDecision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the stack's children running: a child that exits on its own is restarted after the {@link RestartPolicy}'s
 * backoff while the others keep serving; one that crash-loops is given up on with a FAILED line, and the rest stays up.
 * A file {@code <hold dir>/<child name>} holds a child's restart while it exists (planned maintenance, a fault drill
 * that keeps the broker down for a minute); the restart happens within a second of its removal.
 */
final class Supervisor implements AutoCloseable {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);

    private final RestartPolicy policy;
    private final Path holdDir;
    private final Clock clock;
    private final List<SupervisedChild> children = new CopyOnWriteArrayList<>();
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    Supervisor(RestartPolicy policy, Path holdDir, Clock clock) {
        this.policy = policy;
        this.holdDir = holdDir;
        this.clock = clock;
        // On stop, a restart waiting out its backoff is dropped rather than started and stopped at once.
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    void supervise(SupervisedChild child) {
        children.add(child);
        watch(child, child.current());
    }

    /** Blocks until every supervised child has been given up on (then the stack has nothing left to serve). */
    synchronized void awaitAllGivenUp() throws InterruptedException {
        while (children.isEmpty() || !children.stream().allMatch(SupervisedChild::givenUp)) {
            wait();
        }
    }

    private void watch(SupervisedChild child, ChildJvm run) {
        run.process().onExit().thenRun(() -> {
            try {
                scheduler.execute(() -> exited(child, run));
            } catch (RejectedExecutionException stoppingAlready) {
                // the launcher is stopping: an exit is expected
            }
        });
    }

    private void exited(SupervisedChild child, ChildJvm run) {
        if (stopping) {
            return;
        }
        Instant exitedAt = clock.instant();
        RestartDecision decision = policy.decide(child.restarts(), exitedAt);
        if (!decision.restart()) {
            System.err.println("FAILED: " + child.name() + " exited with code " + run.process().exitValue() + " and is " + decision.reason()
                    + "; not restarting it, the rest of the stack keeps running. " + run.diedMessage());
            child.giveUp();
            synchronized (this) {
                notifyAll();
            }
            return;
        }
        System.out.printf("%s %s exited unexpectedly with code %d (pid %d): restart %d of at most %d within %d min, in %.1f s; log %s%n",
                exitedAt, child.name(), run.process().exitValue(), run.process().pid(), decision.restartCount(), policy.maxRestarts(),
                policy.window().toMinutes(), decision.delay().toMillis() / 1000.0, run.log());
        scheduler.schedule(() -> restartUnlessHeld(child, exitedAt, false), decision.delay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restartUnlessHeld(SupervisedChild child, Instant exitedAt, boolean holdAnnounced) {
        if (stopping) {
            return;
        }
        Path hold = holdDir.resolve(child.name());
        if (Files.exists(hold)) {
            if (!holdAnnounced) {
                System.out.println(clock.instant() + " " + child.name() + " is held by " + hold + ": restarting it once that file is removed");
            }
            scheduler.schedule(() -> restartUnlessHeld(child, exitedAt, true), 500, TimeUnit.MILLISECONDS);
            return;
        }
        ChildJvm run;
        try {
            run = child.restart(clock.instant());
        } catch (LaunchFailure e) {
            // Counted as a restart: a child that cannot even be started is given up on like one that crash-loops.
            System.err.println(clock.instant() + " " + child.name() + ": " + e.getMessage());
            exited(child, child.current());
            return;
        }
        System.out.println(clock.instant() + " " + child.name() + " restarted (pid " + run.process().pid() + ")");
        watch(child, run);
        scheduler.schedule(() -> reportHealthy(child, run, exitedAt), 1, TimeUnit.SECONDS);
    }

    /** Polls the restarted run's health without blocking other restarts: one check per second, each rescheduled. */
    private void reportHealthy(SupervisedChild child, ChildJvm run, Instant exitedAt) {
        if (stopping || !run.isAlive() || child.current() != run) {
            return;
        }
        Duration down = Duration.between(exitedAt, clock.instant());
        if (child.healthy()) {
            System.out.printf("%s %s is back: healthy %.1f s after it exited (restart %d)%n", clock.instant(), child.name(),
                    down.toMillis() / 1000.0, child.restarts().size());
        } else if (down.compareTo(HEALTH_TIMEOUT) > 0) {
            System.err.println(clock.instant() + " " + child.name() + " restarted but not healthy after " + HEALTH_TIMEOUT.toSeconds()
                    + " s; last lines of its log:" + System.lineSeparator() + run.logTail(20));
        } else {
            scheduler.schedule(() -> reportHealthy(child, run, exitedAt), 1, TimeUnit.SECONDS);
        }
    }

    /** Stops restarting; a restart already under way finishes first, so the caller can then stop the current runs. */
    @Override
    public void close() {
        stopping = true;
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
