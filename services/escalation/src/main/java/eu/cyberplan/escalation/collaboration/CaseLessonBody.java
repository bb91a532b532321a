package eu.cyberplan.escalation.collaboration;

import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** {@code POST /cases/{id}/lessons} (DESIGN §14): the country the lesson is about, what was learnt, a plan step and RSIT class if any. */
@Serdeable
public record CaseLessonBody(@Nullable @Size(max = 8) @SingleLine String country, @Nullable @Size(max = 4000) String text,
                             @Nullable @Size(max = 100) @SingleLine String planStepId, @Nullable @Size(max = 100) @SingleLine String rsitClass) {
}
