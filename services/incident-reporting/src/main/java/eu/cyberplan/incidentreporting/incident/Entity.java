package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The essential or important entity (NIS2) whose incident this is; its type decides the significance thresholds. */
@Serdeable
public record Entity(
        @Nullable @Size(max = 300) @SingleLine String name,
        @Nullable @Size(max = 80) @SingleLine String entityType,
        @Nullable @Size(max = 80) @SingleLine String sector,
        @Nullable @Size(max = 80) @SingleLine String subsector,
        @Nullable @PositiveOrZero BigDecimal annualTurnoverEur) {

    public static final String TRUST_SERVICE = "TRUST_SERVICE";
}
