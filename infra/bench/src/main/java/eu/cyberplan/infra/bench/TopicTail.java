package eu.cyberplan.infra.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import java.util.function.Consumer;

/** Reads topics from their end as another node would, in a group of its own, handing every record to a callback. */
final class TopicTail implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final Thread poller;
    private volatile boolean running = true;

    TopicTail(String bootstrap, List<String> topics, Consumer<ConsumerRecord<String, byte[]>> handler) {
        this.consumer = new KafkaConsumer<>(BenchKafka.client(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "cyberplan-bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.poller = new Thread(() -> {
            try (consumer) {
                consumer.subscribe(topics, new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        // Fix "latest" now, so that nothing published after start() is missed.
                        partitions.forEach(consumer::position);
                        if (!partitions.isEmpty()) {
                            assigned.countDown();
                        }
                    }

                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        // nothing kept per partition
                    }
                });
                while (running) {
                    consumer.poll(Duration.ofMillis(100)).forEach(handler);
                }
            } catch (WakeupException e) {
                // close() asked us to stop
            }
        }, "bench-tail");
        poller.setDaemon(true);
    }

    TopicTail start() throws InterruptedException {
        poller.start();
        if (!assigned.await(30, TimeUnit.SECONDS)) {
            throw new BenchAborted("no partition was assigned within 30 s; is Kafka up and are the topics created by the stack?");
        }
        return this;
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        poller.join(10_000);
    }
}
