package eu.cyberplan.infra.deploy;

import io.strimzi.api.kafka.model.mirrormaker2.KafkaMirrorMaker2;
import io.strimzi.api.kafka.model.mirrormaker2.KafkaMirrorMaker2MirrorSpec;

import java.util.Map;
import java.util.regex.Pattern;

/** One direction of a MirrorMaker 2 mirror: which topics it copies. */
record MirrorCopy(String name, Pattern topics, Map<String, Object> config) {

    static MirrorCopy of(KafkaMirrorMaker2 mirrorMaker) {
        KafkaMirrorMaker2MirrorSpec mirror = mirrorMaker.getSpec().getMirrors().get(0);
        return new MirrorCopy(mirrorMaker.getMetadata().getName(), Pattern.compile(mirror.getTopicsPattern()),
                mirror.getSourceConnector().getConfig());
    }

    boolean copies(String topic) {
        return topics.matcher(topic).matches();
    }
}
