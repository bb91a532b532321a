package eu.cyberplan.escalation.plan;

import eu.cyberplan.events.v1.Severity;
import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.util.Map;

/**
 * The acknowledgement deadlines by severity that version 1 of the plan is written with (DESIGN §5.3); later versions
 * carry their own. The defaults live in application.yml, next to their environment variables, and nowhere else.
 */
@ConfigurationProperties("escalation.sla")
public record SlaSettings(@NotNull Duration critical, @NotNull Duration high, @NotNull Duration medium, @NotNull Duration low) {

    public Map<Severity, Duration> bySeverity() {
        return Map.of(Severity.CRITICAL, critical, Severity.HIGH, high, Severity.MEDIUM, medium, Severity.LOW, low);
    }
}
