package eu.cyberplan.contactpoints.node;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** This node (DESIGN §11): its id (empty: one from the host name) and the countries it serves (empty: every country). */
@ConfigurationProperties("cyberplan.node")
public record NodeSettings(@Nullable String id, @Nullable String countries) {
}
