package eu.cyberplan.e2e;

import eu.cyberplan.infra.process.ChildProcesses;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The stack's own KRaft broker (infra/kafka-broker) as a separate process, so a test can kill and restart it. */
final class StandaloneBroker implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private Process process;

    StandaloneBroker(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.port = ServiceProcess.freePort();
        this.controllerPort = ServiceProcess.freePort();
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    void start() throws Exception {
        Path jar = Path.of(System.getProperty("cyberplan.kafka-broker.jar", "../kafka-broker/target/cyberplan-kafka-broker.jar")).toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package infra/kafka-broker first (mvn verify does)");
        }
        process = ChildProcesses.start(new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", jar.toString(), "eu.cyberplan.infra.kafka.LocalKafkaBroker", dataDir.toString(), Integer.toString(port),
                Integer.toString(controllerPort)))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling("kafka.log").toFile())), false);
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited with " + process.exitValue());
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000))) {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            }
        }
        close();
        throw new IllegalStateException("the Kafka broker did not answer within 60 s");
    }

    /** Kills the broker at once, as a crash or a power cut would: no clean shutdown. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        if (process != null) {
            ChildProcesses.stop(process, 15);
        }
    }
}
