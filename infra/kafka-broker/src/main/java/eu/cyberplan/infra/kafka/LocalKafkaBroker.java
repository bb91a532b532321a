package eu.cyberplan.infra.kafka;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A single-node KRaft Kafka 3.9 broker for the local stack, built from Maven artifacts alone.
 * Arguments: {@code dataDir [port=9092] [controllerPort=9093]}. Stops cleanly on SIGTERM or Ctrl-C.
 */
public final class LocalKafkaBroker {

    private LocalKafkaBroker() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: LocalKafkaBroker <dataDir> [port=9092] [controllerPort=9093]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath().normalize();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 9092;
        int controllerPort = args.length > 2 ? Integer.parseInt(args[2]) : 9093;

        Path logDir = dataDir.resolve("log");
        Path propertiesFile = new KRaftServerProperties(logDir, port, controllerPort).writeTo(dataDir.resolve("server.properties"));
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(propertiesFile);
        }
        run(propertiesFile, port);
    }

    /** Formats the log directory once with a fresh cluster id; later starts keep the data. */
    private static void format(Path propertiesFile) throws Exception {
        String clusterId = Uuid.randomUuid().toString();
        // execute() returns the exit code; StorageTool.main would call Exit.exit and end this JVM.
        int exitCode = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", propertiesFile.toString(), "--ignore-formatted"}, System.out);
        if (exitCode != 0) {
            throw new IllegalStateException("formatting the Kafka storage failed with exit code " + exitCode);
        }
    }

    /**
     * kafka.Kafka's main builds the KRaft server from the file, registers the shutdown hook that stops it cleanly on
     * SIGTERM or Ctrl-C, and exits 1 if startup fails; the server classes are only on the runtime classpath.
     */
    private static void run(Path propertiesFile, int port) {
        System.out.println("Kafka broker starting on 127.0.0.1:" + port + " with " + propertiesFile);
        kafka.Kafka.main(new String[] {propertiesFile.toString()});
    }
}
