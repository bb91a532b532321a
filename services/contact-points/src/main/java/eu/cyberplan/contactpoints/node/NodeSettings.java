package eu.cyberplan.contactpoints.node;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * This node (DESIGN §11): its id (read through the platform's NodeIdentity), the countries it serves (empty: every
 * country) and the public base URL of its API (its console), which its heartbeats carry.
 */
@ConfigurationProperties("cyberplan.node")
public record NodeSettings(@Nullable String id, @Nullable String countries, @Nullable String publicUrl) {
}
