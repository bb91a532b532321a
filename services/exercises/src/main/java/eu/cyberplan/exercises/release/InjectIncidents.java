package eu.cyberplan.exercises.release;

import eu.cyberplan.exercises.exercise.Exercise;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The early warning an INCIDENT inject files: its payload as the planner wrote it (any field of
 * {@code POST /incidents}), completed where it is silent (title from the inject, awareness at the release, severity
 * HIGH, RSIT other/undetermined, TLP:GREEN, every other participant affected), and always marked as this exercise's,
 * filed for the inject's country.
 */
public final class InjectIncidents {

    private InjectIncidents() {
    }

    public static Map<String, Object> earlyWarning(Exercise exercise, StoredInject inject, Map<String, Object> payload, Instant releasedAt) {
        Map<String, Object> body = new LinkedHashMap<>(payload);
        body.putIfAbsent("title", inject.title());
        body.putIfAbsent("summary", inject.title());
        body.putIfAbsent("awareAt", releasedAt.toString());
        body.putIfAbsent("severity", "HIGH");
        body.putIfAbsent("rsitClass", "other");
        body.putIfAbsent("rsitType", "undetermined");
        body.putIfAbsent("tlp", "GREEN");
        body.putIfAbsent("pap", "GREEN");
        if (!body.containsKey("affectedCountries")) {
            List<String> others = exercise.participants().stream().filter(c -> !c.equals(inject.country())).toList();
            body.put("affectedCountries", others);
            body.putIfAbsent("crossBorder", !others.isEmpty());
        }
        body.putIfAbsent("suspectedMalicious", true);
        body.put("reporterCountry", inject.country());
        body.put("mode", "EXERCISE");
        body.put("exerciseId", exercise.id().toString());
        body.put("exerciseCompression", exercise.compression());
        return body;
    }
}
