package eu.cyberplan.infra.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A JVM the launcher starts (the broker, a service), with its output in a log file. */
record ChildJvm(String name, Process process, Path log) {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    /** Every child ever started: the safety net for one that a failing or interrupted step had not yet handed over. */
    private static final List<ChildJvm> STARTED = new CopyOnWriteArrayList<>();

    static ChildJvm start(String name, List<String> javaArguments, Map<String, String> environment, Path log) {
        List<String> command = new ArrayList<>();
        // Ctrl-C in a terminal signals the whole process group; in a session of their own the children
        // wait for the launcher to stop them in order (services before the broker they flush to).
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            ChildJvm child = new ChildJvm(name, builder.start(), log);
            STARTED.add(child);
            return child;
        } catch (IOException e) {
            throw new LaunchFailure("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    static void stopAnyStillRunning() {
        STARTED.forEach(child -> child.stop(10));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the JVM to stop (SIGTERM runs its shutdown hooks), then kills it if it takes longer than the grace. */
    void stop(long graceSeconds) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                System.out.println("  " + name + " did not stop within " + graceSeconds + " s: killing it");
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of the log, for a failure message. */
    String logTail(int lines) {
        List<String> all = logLines();
        return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Why it died: the first error lines (a stack trace's tail rarely names the cause), then the last lines. */
    String diedMessage() {
        List<String> causes = logLines().stream()
                .filter(line -> line.contains(" ERROR ") || line.startsWith("Caused by:"))
                .limit(6)
                .toList();
        String nl = System.lineSeparator();
        return name + " exited with code " + process.exitValue() + "; see " + log + nl
                + (causes.isEmpty() ? "" : "first errors:" + nl + String.join(nl, causes) + nl)
                + "last lines:" + nl + logTail(25);
    }

    private List<String> logLines() {
        try {
            // Decoding leniently: a truncated multi-byte character must not hide the tail.
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }
}
