package eu.cyberplan.contactpoints.roster;

import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** Notes from the outgoing duty officer to the incoming one; a row of {@code shift_handover}. */
@Serdeable
@MappedEntity("shift_handover")
public record ShiftHandover(@Id UUID id, String country, @MappedProperty("from_person") String from,
                            @Nullable @MappedProperty("to_person") String to, String notes, Instant handedOverAt) {

    /** The body of {@code POST /countries/{cc}/handovers}; {@code to} defaults to the next primary on the roster. */
    @Serdeable
    public record Note(@Nullable @Size(max = 5000) String notes, @Nullable @Size(max = 64) @SingleLine String to) {
    }
}
