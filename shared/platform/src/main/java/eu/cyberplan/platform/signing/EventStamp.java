package eu.cyberplan.platform.signing;

import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/** Signs what this node publishes (DESIGN §11): {@code ce_cpnode} and {@code ce_cpsig} on every record. */
@Singleton
public class EventStamp {

    private final EventSigningKey key;
    private final SignatureSwitch signatures;

    public EventStamp(EventSigningKey key, SignatureSwitch signatures) {
        this.key = key;
        this.signatures = signatures;
    }

    /** The record with this node's signature over its CloudEvent headers and data. */
    public ProducerRecord<String, byte[]> stamp(ProducerRecord<String, byte[]> record) {
        SignedContent content = SignedContent.of(record.headers(), record.value())
                .orElseThrow(() -> new IllegalArgumentException("not a CloudEvent record: nothing to sign"));
        record.headers().add(EventVouching.NODE, key.node().getBytes(StandardCharsets.UTF_8));
        if (!signatures.on()) {
            return record;
        }
        record.headers().add(EventVouching.SIGNATURE, EventSignatures.sign(content, key.current()).getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
