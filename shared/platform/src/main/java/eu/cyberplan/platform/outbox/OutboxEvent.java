package eu.cyberplan.platform.outbox;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Tlp;

import java.util.Objects;
import java.util.UUID;

/**
 * An event to publish once the current transaction commits.
 *
 * @param topic         the topic without prefix ({@code alerts.v1}); exercise events go to its exercise twin
 * @param type          the CloudEvents type, one of {@code EventTypes}
 * @param key           the record key: the aggregate id, so one aggregate's events stay in order
 * @param subject       the CloudEvents subject (the aggregate id by default)
 * @param country       the country the event speaks for, in its CloudEvents source
 * @param payload       a {@code @Serdeable} record of {@code eu.cyberplan.events.v1}
 * @param mode          real or exercise
 * @param exerciseId    the exercise, when {@code mode} is exercise
 * @param tlp           the marking of the information the event is about
 */
public record OutboxEvent(String topic, String type, String key, String subject, String country, Object payload,
                          Mode mode, UUID exerciseId, Tlp tlp) {

    public OutboxEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(mode, "mode");
        if (mode == Mode.EXERCISE && exerciseId == null) {
            throw new IllegalArgumentException("an exercise event needs its exercise id");
        }
    }

    /** A real event about the aggregate {@code key}, speaking for {@code country}. */
    public static OutboxEvent of(String topic, String type, Object key, String country, Object payload) {
        return new OutboxEvent(topic, type, key.toString(), key.toString(), country, payload, Mode.REAL, null, null);
    }

    public OutboxEvent marked(Mode mode, UUID exerciseId, Tlp tlp) {
        return new OutboxEvent(topic, type, key, subject, country, payload, mode, mode == Mode.EXERCISE ? exerciseId : null, tlp);
    }

    public OutboxEvent withSubject(Object newSubject) {
        return new OutboxEvent(topic, type, key, newSubject.toString(), country, payload, mode, exerciseId, tlp);
    }
}
