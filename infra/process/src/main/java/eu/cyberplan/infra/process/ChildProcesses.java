package eu.cyberplan.infra.process;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Starts child processes bound to this JVM's life, three ways: the parent-death signal of {@link ChildCommand} (even on
 * SIGKILL of this JVM), a shutdown hook that stops every child still alive (normal exit, SIGTERM, an uncaught error),
 * and the callers' own try/finally.
 */
public final class ChildProcesses {

    /**
     * Every child is forked by this one thread, alive as long as the JVM: Linux sends the parent-death signal when the
     * thread that forked the child ends, not the process, so a child forked by a short-lived thread (a pool's, a
     * restart's) would be killed as soon as that thread finished.
     */
    private static final ExecutorService FORKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "child-process-forker");
        thread.setDaemon(true);
        return thread;
    });
    private static final Set<Process> ALIVE = ConcurrentHashMap.newKeySet();
    private static volatile Duration orderlyStopAllowance = Duration.ZERO;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::reap, "child-process-reaper"));
    }

    private ChildProcesses() {
    }

    /** Starts the builder's command wrapped by {@link ChildCommand}; the builder's redirections and environment stay. */
    public static Process start(ProcessBuilder builder, boolean ownSession) throws IOException {
        builder.command(ChildCommand.wrap(builder.command(), ownSession));
        Future<Process> forked = FORKER.submit(() -> {
            // Registered by the forking thread itself, so no child escapes the shutdown hook whatever the caller does.
            Process process = builder.start();
            ALIVE.add(process);
            process.onExit().thenRun(() -> ALIVE.remove(process));
            return process;
        });
        try {
            return uninterruptibly(forked);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot start " + builder.command(), e.getCause());
        }
    }

    /** A fork takes milliseconds: waiting it out beats losing track of a child started for an interrupted caller. */
    private static Process uninterruptibly(Future<Process> forked) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return forked.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks the child to stop (SIGTERM), waits up to the grace, then kills it. True when it had to be killed. */
    public static boolean stop(Process process, long graceSeconds) {
        if (!process.isAlive()) {
            return false;
        }
        process.destroy();
        try {
            if (process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                return false;
            }
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return true;
    }

    /**
     * For a parent whose own shutdown hook stops its children in an order (services before the broker they flush
     * to): at shutdown the last-resort reaper first gives the children this long to exit on their own.
     */
    public static void allowOrderlyStop(Duration allowance) {
        orderlyStopAllowance = allowance;
    }

    private static void reap() {
        Instant until = Instant.now().plus(orderlyStopAllowance);
        for (Process process : ALIVE) {
            Duration left = Duration.between(Instant.now(), until);
            if (left.isNegative()) {
                break;
            }
            try {
                process.waitFor(left.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stopAll();
    }

    /** The last resort: every child still alive is asked to stop, all at once, then killed after 10 s. */
    public static void stopAll() {
        ALIVE.forEach(Process::destroy);
        ALIVE.forEach(process -> stop(process, 10));
    }
}
