package eu.cyberplan.contactpoints.comcheck;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

/** How long the countries have to answer a comcheck unless its coordinator says otherwise; the default is in application.yml. */
@ConfigurationProperties("cyberplan.comchecks")
public record ComcheckSettings(@NotNull java.time.Duration answerWithin) {
}
