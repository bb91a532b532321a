package eu.cyberplan.contactpoints.account;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/** An account as its administrators see it (DESIGN §12); never its password or second factor. */
@io.micronaut.serde.annotation.Serdeable
public record Account(String username, String displayName, @Nullable String email, String country, List<String> roles,
                      boolean enabled, boolean mfa, Instant createdAt, @Nullable Instant lastLoginAt) {
}
