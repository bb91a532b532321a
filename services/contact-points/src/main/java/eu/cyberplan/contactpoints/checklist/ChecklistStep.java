package eu.cyberplan.contactpoints.checklist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One step of a checklist: due at awareness plus its target; done by whom, when, with a note; overdue when open past its due time. */
@Serdeable
public record ChecklistStep(String id, String phase, String title, @Nullable String ownerRole, Instant dueAt, boolean reportToEu,
                            boolean done, @Nullable String doneBy, @Nullable Instant doneAt, @Nullable String note, boolean overdue) {
}
