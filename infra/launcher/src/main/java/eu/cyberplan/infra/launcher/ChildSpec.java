package eu.cyberplan.infra.launcher;

import eu.cyberplan.infra.process.ChildProcesses;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How to start one child JVM (the broker, a service): enough to start it again the same way after a crash. */
record ChildSpec(String name, List<String> javaArguments, Map<String, String> environment, Path log) {

    ChildSpec {
        javaArguments = List.copyOf(javaArguments);
        environment = Map.copyOf(environment);
    }

    /** Starts it with a fresh log. */
    ChildJvm start() {
        return start(false);
    }

    /** Starts it again, appending to its log so the lines before the crash stay readable. */
    ChildJvm restart() {
        return start(true);
    }

    private ChildJvm start(boolean appendToLog) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(appendToLog ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            if (appendToLog) {
                Files.writeString(log, "---- restarted by the launcher at " + Instant.now() + " ----" + System.lineSeparator(),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            // In a session of their own: a Ctrl-C in the terminal reaches only the launcher, which stops the
            // children in order (services before the broker they flush to). They still die with the launcher.
            return new ChildJvm(name, ChildProcesses.start(builder, true), log);
        } catch (IOException e) {
            throw new LaunchFailure("cannot start " + name + ": " + e.getMessage(), e);
        }
    }
}
