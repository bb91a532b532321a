package eu.cyberplan.infra.bench;

import eu.cyberplan.platform.kafka.KafkaClientSecurity;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What SASL/SCRAM and TLS cost a Kafka client against PLAINTEXT, on one broker's three listeners in one sitting: 1 KiB
 * records with the services' producer settings (acks=all, idempotence), then read back by a fresh consumer group.
 */
final class ListenerThroughput {

    private static final byte[] RECORD = new byte[1024];

    /** One listener: its name, bootstrap address and client security (from {@link KafkaClientSecurity}, as the services). */
    record Listener(String name, String bootstrap, KafkaClientSecurity security) {
    }

    record Figures(String listener, int records, double producedPerSecond, double consumedPerSecond) {
        String line() {
            return String.format("%-15s %,9d records of 1 KiB: produce %,9.0f records/s (%5.1f MiB/s), consume %,9.0f records/s",
                    listener, records, producedPerSecond, producedPerSecond / 1024, consumedPerSecond);
        }
    }

    private ListenerThroughput() {
    }

    static void createTopics(String operatorBootstrap, List<Listener> listeners) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, operatorBootstrap))) {
            admin.createTopics(listeners.stream().map(listener -> new NewTopic(topic(listener), 6, (short) 1)).toList())
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    static Figures measure(Listener listener, int records) throws Exception {
        double produced = produce(listener, records);
        double consumed = consume(listener, records);
        return new Figures(listener.name(), records, produced, consumed);
    }

    private static double produce(Listener listener, int records) throws Exception {
        Map<String, Object> config = listener.security().applyTo(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, listener.bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 65_536));
        Semaphore inFlight = new Semaphore(10_000);
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(topic(listener));
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                inFlight.acquire();
                producer.send(new ProducerRecord<>(topic(listener), RECORD), (metadata, error) -> {
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    }
                    inFlight.release();
                });
            }
            producer.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (failure.get() != null) {
                throw new BenchAborted(listener.name() + ": a send failed: " + failure.get());
            }
            return records / seconds;
        }
    }

    private static double consume(Listener listener, int records) {
        Map<String, Object> config = listener.security().applyTo(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, listener.bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic(listener)));
            int read = 0;
            long start = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            // The topic holds every round's records: read this round's number, timed from the first record.
            while (read < records && System.nanoTime() < deadline) {
                int polled = consumer.poll(Duration.ofMillis(500)).count();
                if (polled > 0 && start == 0) {
                    start = System.nanoTime();
                }
                read += polled;
            }
            if (read < records) {
                throw new BenchAborted(listener.name() + ": read " + read + " of " + records + " records in 2 minutes");
            }
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static String topic(Listener listener) {
        return "bench.security." + listener.name().toLowerCase(java.util.Locale.ROOT);
    }
}
