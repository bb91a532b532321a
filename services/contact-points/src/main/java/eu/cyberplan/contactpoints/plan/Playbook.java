package eu.cyberplan.contactpoints.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The ordered containment and repair steps for one RSIT class, or for one type of it; no type = every type of the class. */
@Serdeable
public record Playbook(@Nullable @Size(max = 80) @SingleLine String rsitClass, @Nullable @Size(max = 80) @SingleLine String rsitType,
                       @Nullable @Size(max = 100) List<@Valid @NotNull PlaybookStep> steps) {

    public List<PlaybookStep> stepList() {
        return steps == null ? List.of() : steps;
    }

    /** {@code malicious-code/infected-system}, or {@code malicious-code/*} for the whole class. */
    public String key() {
        return rsitClass + "/" + (rsitType == null ? "*" : rsitType);
    }
}
