package eu.cyberplan.escalation.collaboration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code case_update}: a country's status on a case and what it says, or a coordinators' update ({@code EU},
 * no status). {@code text} is the incident's content: a reader the marking keeps from it gets null.
 */
@Serdeable
@MappedEntity("case_update")
public record CaseUpdate(@Id UUID id, UUID incidentId, String country, @Nullable CountryStatus status, @Nullable String text, String postedBy,
                         Instant postedAt) {

    CaseUpdate redacted(eu.cyberplan.platform.sharing.Disclosure disclosure) {
        return new CaseUpdate(id, incidentId, country, status, disclosure.redact(text), postedBy, postedAt);
    }
}
