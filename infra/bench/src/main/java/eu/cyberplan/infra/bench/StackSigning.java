package eu.cyberplan.infra.bench;

import com.nimbusds.jose.jwk.JWK;
import eu.cyberplan.platform.node.NodeIdentity;
import eu.cyberplan.platform.security.keys.KeyFiles;
import eu.cyberplan.platform.signing.EventSigningKey;
import eu.cyberplan.platform.signing.EventKeySettings;
import eu.cyberplan.platform.signing.EventStamp;
import eu.cyberplan.platform.signing.EventVouching;
import eu.cyberplan.platform.signing.SignatureSwitch;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Signs what a benchmark publishes into the stack's topics as the stack's own node (DESIGN §11): with the demo node's
 * event key, read from its key directory ({@code CYBERPLAN_EVENT_KEY_DIR}, else {@code .cyberplan/keys/events} of the
 * repository the scripts run from), under the node id the services use. Unsigned records would be quarantined, unless
 * the stack runs with {@code CYBERPLAN_EVENT_SIGNATURES=off} (to measure what signatures cost): then neither does this.
 */
final class StackSigning {

    private static EventStamp stamp;

    private StackSigning() {
    }

    static synchronized ProducerRecord<String, byte[]> signed(ProducerRecord<String, byte[]> record) {
        if (!on()) {
            record.headers().add(EventVouching.NODE, new NodeIdentity(env("CYBERPLAN_NODE_ID", ""), "").id().getBytes(StandardCharsets.UTF_8));
            return record;
        }
        if (stamp == null) {
            stamp = load();
        }
        return stamp.stamp(record);
    }

    /** Whether what a benchmark publishes is signed: as the stack is told by {@code CYBERPLAN_EVENT_SIGNATURES}. */
    static boolean on() {
        return !"off".equalsIgnoreCase(env("CYBERPLAN_EVENT_SIGNATURES", "on").trim());
    }

    private static EventStamp load() {
        Path directory = Path.of(env("CYBERPLAN_EVENT_KEY_DIR", ".cyberplan/keys/events"));
        JWK key = new KeyFiles(directory, "events").load().signing(Instant.now())
                .orElseThrow(() -> new BenchAborted("no event signing key in " + directory.toAbsolutePath() + ": start the stack with ./stack.sh"));
        String node = new NodeIdentity(env("CYBERPLAN_NODE_ID", ""), "").id();
        return new EventStamp(new EventSigningKey() {
            @Override
            public String node() {
                return node;
            }

            @Override
            public JWK current() {
                return key;
            }
        }, new SignatureSwitch(new EventKeySettings(null, null, null, null, null, "on"), ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
