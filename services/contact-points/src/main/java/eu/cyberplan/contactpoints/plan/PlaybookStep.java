package eu.cyberplan.contactpoints.plan;

import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One step of a playbook: CONTAINMENT or REPAIR, who does it, its target in minutes from awareness, and whether it is
 * reported to the EU level. The server assigns {@code id} when it is omitted.
 */
@Serdeable
public record PlaybookStep(@Nullable @Size(max = 64) @SingleLine String id, @Nullable @Size(max = 40) @SingleLine String phase,
                           @Nullable @Size(max = 300) @SingleLine String title, @Nullable @Size(max = 64) @SingleLine String ownerRole,
                           @Nullable Integer targetMinutes, @Nullable Boolean reportToEu) {

    PlaybookStep withId(String newId) {
        return new PlaybookStep(newId, phase, title, ownerRole, targetMinutes, reportToEu);
    }

    public boolean reported() {
        return Boolean.TRUE.equals(reportToEu);
    }
}
