package eu.cyberplan.infra.launcher;

import eu.cyberplan.infra.launcher.NodeLayout.Service;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** The services and the console, each in its own JVM (one classpath would load every service's beans into one context). */
final class ServiceProcesses implements AutoCloseable {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);

    // Read by the shutdown hook while the main thread may still be adding.
    private final List<SupervisedChild> running = new CopyOnWriteArrayList<>();
    private final List<Service> started = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Checked before anything starts: a taken port would otherwise surface minutes later as a bind error in a log. */
    static void checkPortsFree(List<Service> services) {
        for (Service service : services) {
            try (ServerSocket probe = new ServerSocket(service.port())) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                throw new LaunchFailure("port " + service.port() + " (" + service.label() + ") is already taken: stop what listens there"
                        + " (a launcher still running? see `ss -ltnp 'sport = :" + service.port() + "'`)");
            }
        }
    }

    /** Starts the services in order, each with its own environment (its node's settings and its port). */
    void startAll(Path repo, Path logDir, List<Service> services, Function<Service, Map<String, String>> environmentOf) {
        for (Service service : services) {
            Path jar = repo.resolve("services/" + service.name() + "/target/" + service.name() + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new LaunchFailure(jar + " is missing: build the services first (mvn -DskipTests install, or ./stack.sh)");
            }
        }
        for (Service service : services) {
            Map<String, String> environment = new HashMap<>(environmentOf.apply(service));
            environment.put("CYBERPLAN_PORT", String.valueOf(service.port()));
            Path jar = repo.resolve("services/" + service.name() + "/target/" + service.name() + ".jar");
            List<String> arguments = new ArrayList<>(JvmOptions.service());
            if (service.node() != null) {
                // So that ps (and an operator, or a test freezing one node) tells the nodes' JVMs apart.
                arguments.add("-Dcyberplan.launcher.child=" + service.label());
            }
            arguments.addAll(List.of("-jar", jar.toString()));
            String logName = service.label().replace('/', '-') + ".log";
            ChildSpec spec = new ChildSpec(service.label(), arguments, environment, logDir.resolve(logName));
            running.add(SupervisedChild.start(spec, () -> healthy(service)));
            started.add(service);
        }
    }

    /** Waits for every /health to answer 200; a child that dies meanwhile fails the launch with the tail of its log. */
    void awaitHealthy() {
        for (int i = 0; i < running.size(); i++) {
            Service service = started.get(i);
            Instant started = Instant.now();
            Instant deadline = started.plus(HEALTH_TIMEOUT);
            while (!healthy(service)) {
                running.stream().filter(child -> !child.isAlive()).findFirst().ifPresent(dead -> {
                    throw new LaunchFailure(dead.current().diedMessage());
                });
                if (Instant.now().isAfter(deadline)) {
                    throw new LaunchFailure(service.label() + " did not answer " + service.baseUrl() + "/health with 200 within "
                            + HEALTH_TIMEOUT.toSeconds() + " s; last lines of its log:" + System.lineSeparator() + running.get(i).current().logTail(40));
                }
                Pause.briefly();
            }
            System.out.printf("  %s healthy on %s (%.1f s)%n", service.label(), service.baseUrl(),
                    Duration.between(started, Instant.now()).toMillis() / 1000.0);
        }
    }

    /** From now on a service that exits on its own is restarted (or given up on when it crash-loops). */
    void superviseWith(Supervisor supervisor) {
        running.forEach(supervisor::supervise);
    }

    private boolean healthy(Service service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/health")).timeout(Duration.ofSeconds(3)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while waiting for " + service.label(), e);
        }
    }

    boolean anyStarted() {
        return !running.isEmpty();
    }

    /** Asks every service to stop at once (they stop in parallel), then waits for each, killing the slow ones. */
    @Override
    public void close() {
        running.forEach(child -> child.current().process().destroy());
        running.forEach(child -> child.stop(10));
    }
}
