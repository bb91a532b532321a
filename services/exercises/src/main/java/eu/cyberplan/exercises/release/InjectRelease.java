package eu.cyberplan.exercises.release;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.InjectReleased;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.exercises.exercise.Exercise;
import eu.cyberplan.exercises.exercise.ExerciseStore;
import eu.cyberplan.exercises.scenario.InjectKind;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Releases due injects, a batch per transaction: INCIDENT injects are filed through incident-reporting's public API
 * (in parallel, each with the inject as its Idempotency-Key), then each released inject is marked and published as
 * {@code inject.released} in the same transaction. The claim holds the rows locked, so no second instance releases
 * them; a crash before the commit leaves them due, and filing again with the same key gets the first incident back:
 * every inject is released once. A refused filing (4xx) is kept as the inject's error and not retried; a failed
 * call (the service down) is retried with backoff.
 */
@Singleton
public class InjectRelease {

    private static final Logger LOG = LoggerFactory.getLogger(InjectRelease.class);

    private final InjectStore injects;
    private final ExerciseStore exercises;
    private final ControlClient client;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration callTimeout;

    public InjectRelease(InjectStore injects, ExerciseStore exercises, ControlClient client, Outbox outbox, JsonMapper json, Clock clock,
                         ControlSettings settings) {
        this.injects = injects;
        this.exercises = exercises;
        this.client = client;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.callTimeout = settings.callTimeout();
    }

    /** Releases up to {@code limit} due injects; answers how many were claimed. */
    @Transactional
    public int releaseDue(int limit) {
        Instant now = clock.instant();
        List<StoredInject> due = injects.claimDue(now, limit);
        if (due.isEmpty()) {
            return 0;
        }
        Map<UUID, Exercise> byId = new HashMap<>();
        List<CompletableFuture<ControlClient.Answer>> calls = new ArrayList<>();
        for (StoredInject inject : due) {
            Exercise exercise = byId.computeIfAbsent(inject.exerciseId(), id -> exercises.find(id).orElseThrow());
            calls.add(inject.kind() == InjectKind.INCIDENT
                    ? file(exercise, inject, now)
                    : CompletableFuture.completedFuture(null));
        }
        for (int i = 0; i < due.size(); i++) {
            StoredInject inject = due.get(i);
            try {
                ControlClient.Answer answer = calls.get(i).get(callTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
                settle(byId.get(inject.exerciseId()), inject, answer, now);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while releasing injects", e);
            } catch (Exception e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                retryLater(inject, "incident-reporting did not answer: " + cause, now);
            }
        }
        return due.size();
    }

    private CompletableFuture<ControlClient.Answer> file(Exercise exercise, StoredInject inject, Instant now) {
        try {
            Map<String, Object> payload = json.readValue(inject.payloadJson(), Map.class);
            return client.fileIncident(InjectIncidents.earlyWarning(exercise, inject, payload, now),
                    "inject-" + inject.exerciseId() + "-" + inject.sequence());
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void settle(Exercise exercise, StoredInject inject, ControlClient.Answer answer, Instant now) throws IOException {
        UUID incidentId = null;
        if (answer != null) {
            if (answer.ok()) {
                incidentId = UUID.fromString(json.readValue(answer.body(), JsonNode.class).get("id").getStringValue());
            } else if (answer.status() / 100 == 4 && answer.status() != 401 && answer.status() != 408 && answer.status() != 429) {
                injects.failed(inject, "incident-reporting refused the filing (" + answer.status() + "): " + answer.body(), null);
                LOG.warn("Inject {} of exercise {} refused by incident-reporting ({}): {}", inject.sequence(), inject.exerciseId(),
                        answer.status(), answer.body());
                return;
            } else {
                retryLater(inject, "incident-reporting answered " + answer.status() + ": " + answer.body(), now);
                return;
            }
        }
        injects.released(inject, incidentId, now);
        outbox.add(OutboxEvent.of(Topics.EXERCISES, EventTypes.INJECT_RELEASED, exercise.id(), inject.country(),
                        new InjectReleased(exercise.id(), inject.sequence(), inject.ref(), inject.offsetSeconds(), inject.country(),
                                inject.kind().name(), inject.title(), text(inject), incidentId, now))
                .marked(Mode.EXERCISE, exercise.id(), Tlp.GREEN));
    }

    private void retryLater(StoredInject inject, String error, Instant now) {
        long seconds = Math.min(300, 2L << Math.min(inject.attempts(), 7));
        injects.failed(inject, error, now.plusSeconds(seconds));
    }

    private String text(StoredInject inject) throws IOException {
        Object text = json.readValue(inject.payloadJson(), Map.class).get("text");
        return text == null ? null : text.toString();
    }
}
