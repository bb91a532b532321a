package eu.cyberplan.contactpoints.channel;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * The SMTP server e-mail notifications go through; no host means none is configured (every e-mail then fails visibly).
 * The defaults and the reasons are in application.yml.
 */
@ConfigurationProperties("cyberplan.smtp")
public record SmtpSettings(@Nullable String host, int port, @Nullable String username, @Nullable String password, @NotBlank String from,
                           boolean starttls, @NotNull Duration timeout) {
}
