package eu.cyberplan.escalation.collaboration;

import eu.cyberplan.platform.sharing.Disclosure;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code case_lesson}: what a real case taught about one country's plan. {@code text} is the case's content. */
@Serdeable
@MappedEntity("case_lesson")
public record CaseLesson(@Id UUID id, UUID incidentId, String country, @Nullable String text, @Nullable String planStepId, @Nullable String rsitClass,
                         String recordedBy, Instant recordedAt) {

    CaseLesson redacted(Disclosure disclosure) {
        return new CaseLesson(id, incidentId, country, disclosure.redact(text), planStepId, rsitClass, recordedBy, recordedAt);
    }
}
