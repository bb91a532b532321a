package eu.cyberplan.platform.signing;

import eu.cyberplan.platform.inbox.RecordHeaderText;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a trusted node vouches for a consumed record (DESIGN §11): it names its node and carries a signature, that
 * node is in the trust list, the signature covers exactly these headers and data with one of the node's keys, and the
 * node is trusted for the country the event is about (or is the EU node, for the protocol).
 *
 * <p>Several consumer groups of one service read the same record (the inbox and the checklists both read every alert):
 * a record found vouched for is remembered by its node, its signature and a digest of exactly the bytes signed, so the
 * next group of the same JVM skips the signature check. Anything that differs in a single byte is checked afresh, and
 * refusals are never remembered.
 */
public final class EventVouching {

    private static final int REMEMBERED = 20_000;

    public static final String NODE = "ce_cpnode";
    public static final String SIGNATURE = "ce_cpsig";

    /** Why a record was refused: a {@link SignatureCheck}, an {@link EventAuthority.Verdict} or {@code UNKNOWN_NODE}. */
    public record Refusal(String reason, String detail) {
    }

    private final ObjectMapper json;
    private final Map<String, Boolean> vouched = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    public EventVouching(ObjectMapper json) {
        this.json = json;
    }

    /** Empty when a node trusted for what the record is about signed exactly these bytes. */
    public Optional<Refusal> check(EventSigners trusted, ConsumerRecord<String, byte[]> record) {
        String node = RecordHeaderText.header(record.headers(), NODE);
        String signature = RecordHeaderText.header(record.headers(), SIGNATURE);
        if (node == null || signature == null) {
            return refused(SignatureCheck.UNSIGNED.name(), "no " + (node == null ? NODE : SIGNATURE) + " header");
        }
        Optional<SignedContent> content = SignedContent.of(record.headers(), record.value());
        if (content.isEmpty()) {
            return refused(SignatureCheck.MALFORMED.name(), "not a CloudEvent: ce_id, ce_type or ce_time missing");
        }
        Optional<EventSigners.Signer> signer = trusted.node(node);
        if (signer.isEmpty()) {
            return refused("UNKNOWN_NODE", "node " + node + " is not in the trust list");
        }
        byte[] signed = content.get().bytes();
        String memory = node + ' ' + signature + ' ' + digest(signed);
        synchronized (vouched) {
            if (vouched.containsKey(memory)) {
                return Optional.empty();
            }
        }
        SignatureCheck check = EventSignatures.verify(content.get(), signature, signer.get().keyById());
        if (check != SignatureCheck.VALID) {
            return refused(check.name(), "signature of node " + node + ": " + check.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        String type = content.get().type();
        List<String> concerned = EventAuthority.countryField(type).map(field -> countries(record.value(), field)).orElse(List.of());
        EventAuthority.Verdict verdict = EventAuthority.judge(type, concerned, signer.get().countries());
        if (verdict != EventAuthority.Verdict.APPLY) {
            return refused(verdict.name(), "node " + node + " is trusted for " + signer.get().countries() + "; the event is about "
                    + (concerned.isEmpty() ? "the protocol or no country" : concerned));
        }
        synchronized (vouched) {
            vouched.put(memory, Boolean.TRUE);
        }
        return Optional.empty();
    }

    private static String digest(byte[] signed) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(signed));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private List<String> countries(byte[] payload, String field) {
        try {
            Object value = json.readValue(payload, Argument.mapOf(String.class, Object.class)).get(field);
            if (value instanceof String country) {
                return List.of(country);
            }
            if (value instanceof Collection<?> list) {
                return list.stream().map(String::valueOf).toList();
            }
            return List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static Optional<Refusal> refused(String reason, String detail) {
        return Optional.of(new Refusal(reason, detail));
    }
}
