package eu.cyberplan.incidentreporting.deadline;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One reporting clock of an incident: the stage, when it is due (null while it waits for something else, e.g. the
 * final report for the notification), when it was submitted, its state and the same in words ("due in 3 h 20 min").
 */
@Serdeable
public record Deadline(String stage, Instant dueAt, Instant submittedAt, DeadlineState state, String text) {

    public boolean open() {
        return state == DeadlineState.PENDING || state == DeadlineState.OVERDUE;
    }
}
