package eu.cyberplan.infra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JVMs of the stack as children of its launcher (the process {@code ./stack.sh} became): found by their command
 * lines, killed the way a crash or the OOM killer would (SIGKILL), and asked for their health.
 */
final class StackChildren {

    /** The services a drill kills, with their ports (DESIGN §2). */
    static final Map<String, Integer> SERVICES = Map.of(
            "contact-points", 8081, "incident-reporting", 8082, "escalation", 8083, "exercises", 8084, "console", 8080);
    static final List<String> KILLED_IN_TURN = List.of("contact-points", "incident-reporting", "escalation", "exercises");

    private final ProcessHandle launcher;
    private final HttpClient http;

    StackChildren(long launcherPid, HttpClient http) {
        this.launcher = ProcessHandle.of(launcherPid)
                .orElseThrow(() -> new BenchAborted("no launcher with pid " + launcherPid + ": is the stack running?"));
        this.http = http;
    }

    /** The running JVM of a service ({@code services/<name>/target/<name>.jar}) or of the broker ({@code kafka}). */
    Optional<ProcessHandle> find(String name) {
        String marker = name.equals("kafka") ? "eu.cyberplan.infra.kafka.LocalKafkaBroker" : "/services/" + name + "/target/" + name + ".jar";
        return launcher.children()
                .filter(ProcessHandle::isAlive)
                .filter(child -> child.info().commandLine().orElse("").contains(marker))
                .findFirst();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. Returns the pid killed. */
    long kill(String name) {
        ProcessHandle victim = find(name).orElseThrow(() -> new BenchAborted(name + " is not running under launcher " + launcher.pid()));
        victim.destroyForcibly();
        victim.onExit().join();
        return victim.pid();
    }

    /** Every service answers {@code /health} with 200. */
    boolean allServicesHealthy() {
        return SERVICES.values().stream().allMatch(this::healthy);
    }

    private boolean healthy(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).timeout(Duration.ofSeconds(2)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
