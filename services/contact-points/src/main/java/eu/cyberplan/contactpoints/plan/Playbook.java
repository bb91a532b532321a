package eu.cyberplan.contactpoints.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The ordered containment and repair steps for one RSIT class, or for one type of it; no type = every type of the class. */
@Serdeable
public record Playbook(@Nullable String rsitClass, @Nullable String rsitType, @Nullable List<PlaybookStep> steps) {

    public List<PlaybookStep> stepList() {
        return steps == null ? List.of() : steps;
    }

    /** {@code malicious-code/infected-system}, or {@code malicious-code/*} for the whole class. */
    public String key() {
        return rsitClass + "/" + (rsitType == null ? "*" : rsitType);
    }
}
