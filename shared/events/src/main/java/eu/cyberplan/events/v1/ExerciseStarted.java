package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An exercise began (T0): its participants and observers, and the time compression by which every deadline of its
 * alerts is divided.
 */
@Serdeable
public record ExerciseStarted(
        UUID exerciseId,
        String name,
        List<String> participants,
        List<String> observers,
        int compression,
        int injects,
        String startedBy,
        Instant startedAt) {
}
