package eu.cyberplan.infra.kafka;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The server.properties of a single-node KRaft Kafka that is both broker and controller, on 127.0.0.1 only. */
record KRaftServerProperties(Path logDir, int port, int controllerPort) {

    Properties asProperties() {
        Properties props = new Properties();
        props.setProperty("process.roles", "broker,controller");
        props.setProperty("node.id", "1");
        props.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.setProperty("controller.listener.names", "CONTROLLER");
        props.setProperty("inter.broker.listener.name", "PLAINTEXT");
        props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.setProperty("log.dirs", logDir.toString());
        // One node: internal topics cannot have more than one replica.
        props.setProperty("offsets.topic.replication.factor", "1");
        props.setProperty("transaction.state.log.replication.factor", "1");
        props.setProperty("transaction.state.log.min.isr", "1");
        // Fewer internal partitions than the default 50: the first consumer group starts in a second, not ten.
        props.setProperty("offsets.topic.num.partitions", "6");
        props.setProperty("transaction.state.log.num.partitions", "6");
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        // Topics are created by the launcher with their settings; a typo in a service must not create a stray topic.
        props.setProperty("auto.create.topics.enable", "false");
        props.setProperty("num.partitions", "6");
        // Sized for one small machine, not a data centre: the defaults start 3 network, 8 request-handler and 10
        // background threads, and a log cleaner with a 128 MiB de-duplication buffer on the heap for the few compacted
        // topics (the directory, the consumer offsets) that hold a few thousand keys here.
        props.setProperty("num.network.threads", "2");
        props.setProperty("num.io.threads", "2");
        props.setProperty("background.threads", "2");
        props.setProperty("log.cleaner.threads", "1");
        props.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return props;
    }

    Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file)) {
            asProperties().store(writer, "Single-node KRaft broker of the CyberPlan local stack; rewritten at every start");
        }
        return file;
    }
}
