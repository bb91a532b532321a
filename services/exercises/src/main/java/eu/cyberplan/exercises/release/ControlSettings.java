package eu.cyberplan.exercises.release;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * How exercise control reaches the services it files injects with and acknowledges for (DESIGN §8): their base URLs,
 * the service account, how long one call may take. The defaults live in application.yml and nowhere else.
 */
@ConfigurationProperties("cyberplan.exercises")
public record ControlSettings(@NotBlank String incidentReportingUrl, @NotBlank String contactPointsUrl, @NotNull Duration callTimeout,
                              @NotBlank String serviceUsername, @Nullable String servicePassword) {
}
