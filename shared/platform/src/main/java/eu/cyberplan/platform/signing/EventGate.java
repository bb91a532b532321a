package eu.cyberplan.platform.signing;

import eu.cyberplan.platform.quarantine.Quarantine;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lets through to a listener only the records a trusted node signed and may vouch for (DESIGN §11); the others are
 * quarantined and never applied. The partition goes on: a forged record is held once, not retried.
 */
@Singleton
public class EventGate {

    private final EventSigners signers;
    private final Quarantine quarantine;
    private final EventVouching vouching;
    private final SignatureSwitch signatures;

    public EventGate(EventSigners signers, Quarantine quarantine, ObjectMapper json, SignatureSwitch signatures) {
        this.signatures = signatures;
        this.signers = signers;
        this.quarantine = quarantine;
        this.vouching = new EventVouching(json);
    }

    /** The batch without the records nobody trusted vouches for, which are quarantined for {@code consumerGroup}. */
    public ConsumerRecords<String, byte[]> admit(String consumerGroup, ConsumerRecords<String, byte[]> records) {
        if (records == null || records.isEmpty() || !signatures.on()) {
            return records;
        }
        Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> admitted = new LinkedHashMap<>();
        boolean refusedAny = false;
        for (ConsumerRecord<String, byte[]> record : records) {
            Optional<EventVouching.Refusal> refusal = vouching.check(signers, record);
            if (refusal.isPresent()) {
                quarantine.hold(consumerGroup, record, refusal.get().reason(), refusal.get().detail());
                refusedAny = true;
            } else {
                admitted.computeIfAbsent(new TopicPartition(record.topic(), record.partition()), p -> new ArrayList<>()).add(record);
            }
        }
        return refusedAny ? new ConsumerRecords<>(admitted) : records;
    }
}
