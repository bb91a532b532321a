package eu.cyberplan.platform.outbox;

import eu.cyberplan.platform.outbox.PublishFailures.Verdict;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownServerException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class PublishFailuresTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                // the event itself: parked
                arguments("producer's size check", new RecordTooLargeException("The message is 1049001 bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration."), Verdict.PARK),
                arguments("broker's message.max.bytes, as the ack", new ExecutionException(new RecordTooLargeException("The request included a message larger than the max message size the server will accept.")), Verdict.PARK),
                arguments("batch over the broker's limit", new RecordBatchTooLargeException("batch too large"), Verdict.PARK),
                arguments("topic name the broker refuses", new InvalidTopicException("Invalid topics: [cyberplan.a b]"), Verdict.PARK),
                arguments("unserialisable record", new SerializationException("Can't convert value"), Verdict.PARK),
                arguments("record the broker refuses (no key on a compacted topic)", new ExecutionException(new InvalidRecordException("no key")), Verdict.PARK),
                // only the broker can tell: a topic that is not there, or a broker that is not there
                arguments("no metadata within max.block.ms", new TimeoutException("Topic cyberplan.missing.v1 not present in metadata after 10000 ms."), Verdict.ASK_BROKER),
                arguments("no metadata, as the ack", new ExecutionException(new TimeoutException("Topic t not present in metadata after 10000 ms.")), Verdict.ASK_BROKER),
                // the moment or the cluster: retried in order, never parked
                arguments("delivery timeout (broker down)", new ExecutionException(new TimeoutException("Expiring 3 record(s) for t-0:30001 ms has passed since batch creation")), Verdict.RETRY),
                arguments("disconnected", new NetworkException("The server disconnected before a response was received."), Verdict.RETRY),
                arguments("leader moved", new NotLeaderOrFollowerException("not leader"), Verdict.RETRY),
                arguments("ACLs: a configuration fix serves every event", new TopicAuthorizationException(Set.of("t")), Verdict.RETRY),
                arguments("authorisation", new AuthorizationException("denied"), Verdict.RETRY),
                arguments("unknown server error", new UnknownServerException("oops"), Verdict.RETRY),
                arguments("producer closed", new KafkaException("Producer closed while send in progress"), Verdict.RETRY),
                arguments("timeout without a message", new TimeoutException(), Verdict.RETRY),
                arguments("not a Kafka exception", new IllegalStateException("?"), Verdict.RETRY));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("failures")
    void shouldTellPermanentFromTransientPublishingFailures(String situation, Throwable failure, Verdict expected) {
        assertThat(PublishFailures.verdict(failure)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void shouldGiveTheRefusalAsTheReasonUnwrapped(String situation, Throwable failure, Verdict expected) {
        assertThat(PublishFailures.reason(failure)).doesNotStartWith("ExecutionException").hasSizeLessThanOrEqualTo(1000);
    }
}
