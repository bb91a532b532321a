package eu.cyberplan.contactpoints.inbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * The acknowledgement deadlines of the inbox items the protocol sends without one of its own: a coordinator notice in
 * the EU inbox, a situation report, an exercise message. Plan settings, not code; the defaults are in application.yml.
 */
@ConfigurationProperties("cyberplan.inbox-deadlines")
public record InboxDeadlines(@NotNull Duration coordinatorNotice, @NotNull Duration situationReport, @NotNull Duration exerciseMessage) {
}
