package eu.cyberplan.platform.outbox;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TopicReader;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The outbox against real PostgreSQL and Kafka: an event leaves if and only if its change committed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "cyberplan.outbox.relay.poll-interval", value = "50ms")
class OutboxIT implements TestPropertyProvider {

    private ServiceUnderTest service;

    @Inject
    WidgetService widgets;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("platform");
        return service.properties();
    }

    @Test
    void shouldPublishACommittedChangeAsACloudEventInBinaryMode() {
        UUID id = widgets.create("committed", Mode.REAL, false);
        try (TopicReader reader = service.reader("incidents.v1")) {
            ConsumerRecord<String, byte[]> record = awaitRecord(reader, id);
            assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicReader.header(record, "ce_type")).isEqualTo(WidgetService.TYPE);
            assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/cyberplan/platform-test/ee");
            assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(id.toString());
            assertThat(TopicReader.header(record, "ce_cpmode")).isEqualTo("real");
            assertThat(TopicReader.header(record, "ce_cptlp")).isEqualTo("amber+strict");
            assertThat(TopicReader.header(record, "ce_cpexercise")).isNull();
            assertThat(TopicReader.header(record, "content-type")).isEqualTo("application/json");
            assertThat(UUID.fromString(TopicReader.header(record, "ce_id"))).isNotNull();
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"committed\"");
        }
    }

    @Test
    void shouldPublishNothingWhenTheChangeRollsBack() {
        assertThatThrownBy(() -> widgets.create("rolled-back", Mode.REAL, true)).isInstanceOf(IllegalStateException.class);
        UUID after = widgets.create("after the rollback", Mode.REAL, false);
        try (TopicReader reader = service.reader("incidents.v1")) {
            awaitRecord(reader, after);
            assertThat(reader.records()).noneSatisfy(r ->
                    assertThat(new String(r.value(), StandardCharsets.UTF_8)).contains("rolled-back"));
        }
    }

    @Test
    void shouldSendExerciseEventsToTheExerciseTwinOnly() {
        UUID drill = widgets.create("drill", Mode.EXERCISE, false);
        UUID real = widgets.create("real after drill", Mode.REAL, false);
        try (TopicReader exercise = service.reader("incidents.v1.exercise");
             TopicReader reals = service.reader("incidents.v1")) {
            ConsumerRecord<String, byte[]> record = awaitRecord(exercise, drill);
            assertThat(TopicReader.header(record, "ce_cpmode")).isEqualTo("exercise");
            assertThat(UUID.fromString(TopicReader.header(record, "ce_cpexercise"))).isNotNull();
            awaitRecord(reals, real);
            assertThat(reals.records()).noneSatisfy(r -> assertThat(r.key()).isEqualTo(drill.toString()));
        }
    }

    private static ConsumerRecord<String, byte[]> awaitRecord(TopicReader reader, UUID key) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> reader.records().stream()
                .filter(r -> key.toString().equals(r.key())).findFirst().orElse(null), r -> r != null);
    }

}
