package eu.cyberplan.infra.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A single-node KRaft Kafka (broker and controller) in this JVM, on free ports of 127.0.0.1. Plain, or secured: then it
 * also listens with SASL/SCRAM-SHA-512 over PLAINTEXT and over TLS, knows the given SCRAM users from format time, and
 * authorises with ACLs (StandardAuthorizer; nothing is allowed without an ACL). Its PLAINTEXT listener stays the
 * operator's: super user, for topics and ACLs, as a Strimzi operator has its own listener.
 */
public final class InJvmKafka implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int plaintextPort;
    private final Optional<Secured> secured;

    /** The secured listeners: their ports, the users SCRAM knows, and the TLS certificate of the SASL_SSL listener. */
    public record Secured(List<ScramUser> users, BrokerCertificate certificate, int saslPlaintextPort, int saslSslPort,
                          boolean allowAuthenticated) {
    }

    private InJvmKafka(KafkaRaftServer server, int plaintextPort, Optional<Secured> secured) {
        this.server = server;
        this.plaintextPort = plaintextPort;
        this.secured = secured;
    }

    public static InJvmKafka plain(Path dataDir) throws Exception {
        return start(dataDir, Optional.empty());
    }

    /** Secured: nothing is allowed without an ACL. */
    public static InJvmKafka secured(Path dataDir, List<ScramUser> users) throws Exception {
        return secured(dataDir, users, false);
    }

    /** Secured; {@code allowAuthenticated}: a topic or group without ACLs is open to every authenticated user. */
    public static InJvmKafka secured(Path dataDir, List<ScramUser> users, boolean allowAuthenticated) throws Exception {
        BrokerCertificate certificate = BrokerCertificate.generate(dataDir.resolve("tls"));
        return start(dataDir, Optional.of(new Secured(users, certificate, freePort(), freePort(), allowAuthenticated)));
    }

    private static InJvmKafka start(Path dataDir, Optional<Secured> secured) throws Exception {
        int port = freePort();
        Path logDir = dataDir.resolve("log");
        Properties props = new KRaftServerProperties(logDir, port, freePort()).asProperties();
        secured.ifPresent(listeners -> secure(props, port, listeners));
        Path file = Files.createDirectories(dataDir).resolve("server.properties");
        try (Writer writer = Files.newBufferedWriter(file)) {
            props.store(writer, "in-JVM KRaft node");
        }
        List<String> format = new ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(), "-c", file.toString(), "--ignore-formatted"));
        secured.ifPresent(listeners -> listeners.users().forEach(user -> format.addAll(List.of("--add-scram", user.formatArgument()))));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode = StorageTool.execute(format.toArray(String[]::new), new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exitCode != 0) {
            throw new IllegalStateException("formatting the Kafka storage failed (" + exitCode + "): " + output.toString(StandardCharsets.UTF_8));
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
        server.startup();
        return new InJvmKafka(server, port, secured);
    }

    private static void secure(Properties props, int plaintextPort, Secured listeners) {
        String controller = props.getProperty("listeners").replaceFirst("^PLAINTEXT://[^,]*,", "");
        props.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + plaintextPort + ",SASL_PLAINTEXT://127.0.0.1:"
                + listeners.saslPlaintextPort() + ",SASL_SSL://127.0.0.1:" + listeners.saslSslPort() + "," + controller);
        props.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + plaintextPort + ",SASL_PLAINTEXT://127.0.0.1:"
                + listeners.saslPlaintextPort() + ",SASL_SSL://127.0.0.1:" + listeners.saslSslPort());
        props.setProperty("listener.security.protocol.map",
                "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT");
        props.setProperty("sasl.enabled.mechanisms", "SCRAM-SHA-512");
        for (String listener : List.of("sasl_plaintext", "sasl_ssl")) {
            props.setProperty("listener.name." + listener + ".scram-sha-512.sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        }
        props.setProperty("listener.name.sasl_ssl.ssl.keystore.location", listeners.certificate().keystore().toString());
        props.setProperty("listener.name.sasl_ssl.ssl.keystore.password", listeners.certificate().password());
        props.setProperty("listener.name.sasl_ssl.ssl.key.password", listeners.certificate().password());
        props.setProperty("listener.name.sasl_ssl.ssl.keystore.type", "PKCS12");
        props.setProperty("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        // The operator's PLAINTEXT listener and the controller's own traffic run as ANONYMOUS.
        props.setProperty("super.users", "User:ANONYMOUS");
        props.setProperty("allow.everyone.if.no.acl.found", Boolean.toString(listeners.allowAuthenticated()));
    }

    /** The operator's listener (super user): topics, ACLs, and the plain clusters' only listener. */
    public String plaintextBootstrap() {
        return "127.0.0.1:" + plaintextPort;
    }

    public Secured secured() {
        return secured.orElseThrow(() -> new IllegalStateException("this broker has no secured listeners"));
    }

    public String saslPlaintextBootstrap() {
        return "127.0.0.1:" + secured().saslPlaintextPort();
    }

    public String saslSslBootstrap() {
        return "127.0.0.1:" + secured().saslSslPort();
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
