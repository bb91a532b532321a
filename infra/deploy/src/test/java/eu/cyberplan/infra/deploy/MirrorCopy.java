package eu.cyberplan.infra.deploy;

import io.strimzi.api.kafka.model.mirrormaker2.KafkaMirrorMaker2;
import io.strimzi.api.kafka.model.mirrormaker2.KafkaMirrorMaker2MirrorSpec;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One direction of a MirrorMaker 2 mirror as it treats a record: which topics it copies, and what its Kafka Connect
 * transforms do to the record's headers (InsertHeader adds one, Filter with a HasHeaderKey predicate drops the
 * record). Only the transforms infra/k8s uses are understood; any other fails, so the simulation never guesses.
 */
record MirrorCopy(String name, Pattern topics, Map<String, Object> config) {

    private static final String INSERT_HEADER = "org.apache.kafka.connect.transforms.InsertHeader";
    private static final String FILTER = "org.apache.kafka.connect.transforms.Filter";
    private static final String HAS_HEADER_KEY = "org.apache.kafka.connect.transforms.predicates.HasHeaderKey";

    static MirrorCopy of(KafkaMirrorMaker2 mirrorMaker) {
        KafkaMirrorMaker2MirrorSpec mirror = mirrorMaker.getSpec().getMirrors().get(0);
        return new MirrorCopy(mirrorMaker.getMetadata().getName(), Pattern.compile(mirror.getTopicsPattern()),
                mirror.getSourceConnector().getConfig());
    }

    boolean copies(String topic) {
        return topics.matcher(topic).matches();
    }

    /** The headers of the copy, or empty when the transforms drop the record. */
    Optional<Set<String>> copy(Set<String> headers) {
        Set<String> result = new HashSet<>(headers);
        for (String transform : setting("transforms").split(",")) {
            String prefix = "transforms." + transform.trim() + ".";
            String type = setting(prefix + "type");
            if (type.equals(INSERT_HEADER)) {
                result.add(setting(prefix + "header"));
            } else if (type.equals(FILTER)) {
                if (matches(setting(prefix + "predicate"), result)) {
                    return Optional.empty();
                }
            } else {
                throw new IllegalStateException(name + ": transform " + type + " is not simulated");
            }
        }
        return Optional.of(result);
    }

    private boolean matches(String predicate, Set<String> headers) {
        if (!Arrays.asList(setting("predicates").split(",")).contains(predicate)
                || !setting("predicates." + predicate + ".type").equals(HAS_HEADER_KEY)) {
            throw new IllegalStateException(name + ": predicate " + predicate + " is not a declared HasHeaderKey");
        }
        return headers.contains(setting("predicates." + predicate + ".name"));
    }

    private String setting(String key) {
        Object value = config.get(key);
        if (value == null) {
            throw new IllegalStateException(name + ": no " + key);
        }
        return value.toString();
    }
}
