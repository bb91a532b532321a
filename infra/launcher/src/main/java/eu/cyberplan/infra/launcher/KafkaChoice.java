package eu.cyberplan.infra.launcher;

import eu.cyberplan.platform.kafka.KafkaClientSecurity;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Kafka the services use: the one in CYBERPLAN_KAFKA_BOOTSTRAP (with the CYBERPLAN_KAFKA_* security settings the
 * services also read), one already on 127.0.0.1:9092, or a local broker JVM (both PLAINTEXT).
 */
record KafkaChoice(String description, String bootstrap, KafkaClientSecurity security, SupervisedChild broker) implements AutoCloseable {

    static final int PORT = 9092;
    static final int CONTROLLER_PORT = 9093;
    private static final String LOCAL_BOOTSTRAP = "127.0.0.1:" + PORT;
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    static KafkaChoice choose(Path repo, Path dataDir, Path logDir) {
        String configured = Environment.get("CYBERPLAN_KAFKA_BOOTSTRAP", "");
        KafkaClientSecurity security = securityFromEnvironment();
        if (!configured.isBlank()) {
            return new KafkaChoice("the one in CYBERPLAN_KAFKA_BOOTSTRAP (" + configured + ", " + security + ")", configured, security, null);
        }
        if (!security.protocol().equals("PLAINTEXT")) {
            throw new LaunchFailure(KafkaClientSecurity.PROTOCOL + "=" + security.protocol() + " needs CYBERPLAN_KAFKA_BOOTSTRAP: "
                    + "the local broker speaks PLAINTEXT only");
        }
        if (KafkaProbe.portAnswers("127.0.0.1", PORT)) {
            if (KafkaProbe.brokerAnswers(LOCAL_BOOTSTRAP, security)) {
                return new KafkaChoice("reusing the broker already running on " + LOCAL_BOOTSTRAP + " (not stopped at the end)", LOCAL_BOOTSTRAP,
                        security, null);
            }
            throw new LaunchFailure("port " + PORT + " is taken by something that is not a Kafka broker; free it or set CYBERPLAN_KAFKA_BOOTSTRAP");
        }
        if (KafkaProbe.portAnswers("127.0.0.1", CONTROLLER_PORT)) {
            throw new LaunchFailure("port " + CONTROLLER_PORT + " (the local broker's controller) is already taken; free it or set CYBERPLAN_KAFKA_BOOTSTRAP");
        }
        return startLocalBroker(repo, dataDir, logDir.resolve("kafka.log"));
    }

    private static KafkaChoice startLocalBroker(Path repo, Path dataDir, Path log) {
        Path jar = repo.resolve("infra/kafka-broker/target/cyberplan-kafka-broker.jar");
        if (!jar.toFile().isFile()) {
            throw new LaunchFailure(jar + " is missing: build it first (mvn -DskipTests install, or ./stack.sh)");
        }
        // Named "kafka": the launcher's hold file for it is .cyberplan/hold/kafka (see Supervisor).
        List<String> arguments = new ArrayList<>(JvmOptions.broker());
        arguments.addAll(List.of("-cp", jar.toString(),
                "eu.cyberplan.infra.kafka.LocalKafkaBroker", dataDir.toString(), String.valueOf(PORT), String.valueOf(CONTROLLER_PORT)));
        SupervisedChild broker = SupervisedChild.start(new ChildSpec("kafka", arguments, JvmOptions.ENVIRONMENT, log),
                KafkaChoice::localBrokerAnswers);
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!broker.isAlive()) {
                throw new LaunchFailure("the local Kafka broker: " + broker.current().diedMessage());
            }
            if (localBrokerAnswers()) {
                return new KafkaChoice("local KRaft broker on " + LOCAL_BOOTSTRAP + " (data in " + dataDir + ", pid " + broker.current().process().pid() + ")",
                        LOCAL_BOOTSTRAP, KafkaClientSecurity.plaintext(), broker);
            }
            Pause.briefly();
        }
        broker.stop(10);
        throw new LaunchFailure("the local Kafka broker did not answer within " + STARTUP_TIMEOUT.toSeconds() + " s; last lines of "
                + log + ":" + System.lineSeparator() + broker.current().logTail(40));
    }

    /**
     * The port first: a closed port answers in at most a second, where an Admin client waits out its timeouts (the
     * supervisor's one thread asks this every second while the broker comes back). The local broker is PLAINTEXT.
     */
    private static boolean localBrokerAnswers() {
        return KafkaProbe.portAnswers("127.0.0.1", PORT) && KafkaProbe.brokerAnswers(LOCAL_BOOTSTRAP, KafkaClientSecurity.plaintext());
    }

    /** The same settings the services will read; refused at once, before anything starts, when they cannot work. */
    private static KafkaClientSecurity securityFromEnvironment() {
        try {
            return KafkaClientSecurity.fromEnvironment();
        } catch (KafkaClientSecurity.InvalidKafkaSecurity e) {
            throw new LaunchFailure(e.getMessage());
        }
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.stop(30);
        }
    }
}
