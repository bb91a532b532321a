package eu.cyberplan.incidentreporting.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/** What an incident has cost so far, as reported: users affected, minutes of disruption, direct financial loss. */
@Serdeable
public record Impact(@Nullable @PositiveOrZero Long affectedUsers, @Nullable @PositiveOrZero Long durationMinutes,
                     @Nullable @PositiveOrZero BigDecimal financialLossEur) {

    public static final Impact NONE = new Impact(null, null, null);

    /** The figures of {@code later}, keeping this one's where {@code later} does not give any. */
    public Impact updatedBy(Impact later) {
        if (later == null) {
            return this;
        }
        return new Impact(later.affectedUsers != null ? later.affectedUsers : affectedUsers,
                later.durationMinutes != null ? later.durationMinutes : durationMinutes,
                later.financialLossEur != null ? later.financialLossEur : financialLossEur);
    }
}
