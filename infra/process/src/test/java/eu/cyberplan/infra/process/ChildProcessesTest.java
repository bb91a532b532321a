package eu.cyberplan.infra.process;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class ChildProcessesTest {

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatTheTestStarted() {
        started.forEach(process -> process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly));
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void shouldTakeTheChildDownWhenItsParentJvmIsKilled() throws Exception {
        assumeFalse(ChildCommand.survivesParentKill(), "setpriv is missing: no parent-death signal on this machine");
        Process parent = parentJvm();
        ProcessHandle child = childOf(parent);
        assertTrue(child.isAlive(), "the child runs while its parent does");

        parent.destroyForcibly(); // SIGKILL: no shutdown hook runs

        await().atMost(Duration.ofSeconds(10)).until(() -> !child.isAlive());
    }

    @Test
    void shouldStopTheChildWhenItsParentJvmExitsWithoutStoppingIt() throws Exception {
        Process parent = parentJvm("exit");
        ProcessHandle child = childOf(parent);

        await().atMost(Duration.ofSeconds(20)).until(() -> !parent.isAlive() && !child.isAlive());
    }

    @Test
    void shouldKeepAChildAliveAfterTheThreadThatAskedForItEnds() throws Exception {
        AtomicReference<Process> child = new AtomicReference<>();
        Thread shortLived = new Thread(() -> {
            try {
                child.set(ChildProcesses.start(new ProcessBuilder("sleep", "60"), false));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        shortLived.start();
        shortLived.join();
        started.add(child.get());

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> child.get().isAlive());
        assertFalse(ChildProcesses.stop(child.get(), 5), "sleep stops on SIGTERM within the grace");
        assertFalse(child.get().isAlive());
    }

    private Process parentJvm(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ParentJvm.class.getName()));
        command.addAll(List.of(args));
        Process parent = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        started.add(parent);
        return parent;
    }

    private static ProcessHandle childOf(Process parent) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith("child ")) {
                long pid = Long.parseLong(line.substring("child ".length()).trim());
                return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("child " + pid + " is already gone"));
            }
        }
        throw new AssertionError("the parent JVM printed no child pid");
    }
}
