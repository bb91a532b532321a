package eu.cyberplan.infra.kafka;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/**
 * A fresh single-node KRaft Kafka as its own process, for benchmarks that compare listeners in one sitting: PLAINTEXT
 * (the operator's), SASL_PLAINTEXT and SASL_SSL with SCRAM-SHA-512 for one user, a self-signed TLS certificate. Writes
 * {@code dataDir/listeners.properties} (addresses, trust store, the user's password) once it answers. Arguments:
 * {@code dataDir user}. Every authenticated user may do everything (the benchmark measures authentication and TLS,
 * not ACLs). Runs until SIGTERM.
 */
public final class SecuredKafkaBroker {

    private SecuredKafkaBroker() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SecuredKafkaBroker <dataDir> <scramUser>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath().normalize();
        ScramUser user = new ScramUser(args[1], UUID.randomUUID().toString());
        InJvmKafka kafka = InJvmKafka.secured(dataDir, List.of(user), true);
        Properties listeners = new Properties();
        listeners.setProperty("plaintext", kafka.plaintextBootstrap());
        listeners.setProperty("sasl_plaintext", kafka.saslPlaintextBootstrap());
        listeners.setProperty("sasl_ssl", kafka.saslSslBootstrap());
        listeners.setProperty("truststore", kafka.secured().certificate().truststore().toString());
        listeners.setProperty("truststore.password", kafka.secured().certificate().password());
        listeners.setProperty("user", user.name());
        listeners.setProperty("password", user.password());
        Path file = dataDir.resolve("listeners.properties");
        Path partial = dataDir.resolve("listeners.properties.tmp");
        try (Writer writer = Files.newBufferedWriter(partial)) {
            listeners.store(writer, "listeners of the running broker");
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Kafka broker up: " + listeners.getProperty("plaintext") + " (PLAINTEXT), " + listeners.getProperty("sasl_plaintext")
                + " (SASL_PLAINTEXT), " + listeners.getProperty("sasl_ssl") + " (SASL_SSL)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "kafka-stop"));
        stopped.await();
    }
}
