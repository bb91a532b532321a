package eu.cyberplan.infra.launcher;

import eu.cyberplan.infra.process.ChildProcesses;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One run of a child JVM the launcher started (the broker, a service), with its output in a log file. */
record ChildJvm(String name, Process process, Path log) {

    boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the JVM to stop (SIGTERM runs its shutdown hooks), then kills it if it takes longer than the grace. */
    void stop(long graceSeconds) {
        if (ChildProcesses.stop(process, graceSeconds)) {
            System.out.println("  " + name + " did not stop within " + graceSeconds + " s: killed it");
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
