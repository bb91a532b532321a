package eu.cyberplan.platform.events;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Topics;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Full topic names under the configured prefix ({@code cyberplan.topics.prefix}), so a test can use its own. */
@Singleton
public class TopicNames {

    private final String prefix;

    public TopicNames(@Value("${cyberplan.topics.prefix:" + Topics.DEFAULT_PREFIX + "}") String prefix) {
        this.prefix = prefix;
    }

    public String of(String topic, Mode mode) {
        return Topics.qualified(prefix, topic, mode == Mode.EXERCISE);
    }

    public String prefix() {
        return prefix;
    }
}
