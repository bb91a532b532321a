package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.events.v1.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads {@code alert.delivered} from the receipts topic as another node would, in its own consumer group
 * from the latest offset, and hands each one to the {@link DeliveryLedger} with the time it was consumed.
 */
final class DeliveryWatcher implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final DeliverySink ledger;
    private final ObjectMapper json;
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final Thread poller;
    private volatile boolean running = true;
    private volatile int malformed;

    DeliveryWatcher(String bootstrap, String topic, DeliverySink ledger, ObjectMapper json) {
        this.ledger = ledger;
        this.json = json;
        this.consumer = new KafkaConsumer<>(BenchKafka.client(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "cyberplan-bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "cyberplan-bench-receipts")),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.poller = new Thread(() -> pollUntilClosed(topic), "bench-receipts-consumer");
        poller.setDaemon(true);
    }

    /** Subscribes and returns once partitions are assigned and their positions fixed, so nothing filed later is missed. */
    void startAndAwaitAssignment(Duration timeout) throws InterruptedException {
        poller.start();
        if (!assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new BenchAborted("no partition of the receipts topic was assigned within " + timeout.toSeconds()
                    + " s; is Kafka up at the given --kafka address and the topic created by the stack?");
        }
    }

    int malformed() {
        return malformed;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        poller.join(10_000);
    }

    private void pollUntilClosed(String topic) {
        try (consumer) {
            consumer.subscribe(List.of(topic), new PositionFixingListener());
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(100));
                long receivedNanos = System.nanoTime();
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (EventTypes.ALERT_DELIVERED.equals(header(record, "ce_type"))) {
                        hand(record.value(), receivedNanos);
                    }
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } catch (RuntimeException e) {
            System.err.println("receipts consumer stopped: " + e);
        }
    }

    private void hand(byte[] value, long receivedNanos) {
        try {
            JsonNode delivered = json.readTree(value);
            UUID incidentId = UUID.fromString(delivered.path("incidentId").asText());
            String alertKey = delivered.hasNonNull("alertId") ? delivered.get("alertId").asText()
                    : incidentId + "/" + delivered.path("country").asText();
            ledger.delivered(incidentId, alertKey, receivedNanos);
        } catch (Exception e) {
            malformed++;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Asking each partition's position resolves "latest" now, before the first POST, rather than at the first fetch. */
    private final class PositionFixingListener implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            partitions.forEach(consumer::position);
            if (!partitions.isEmpty()) {
                assigned.countDown();
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // nothing kept per partition
        }
    }
}
