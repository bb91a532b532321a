package eu.cyberplan.platform.audit;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/** One audit entry as {@code GET /api/v1/audit} lists it; {@code prevHash}/{@code hash} are null until sealed. */
@Serdeable
public record AuditItem(long id, Instant at, String actor, String actorCountry, String action, String targetType,
                        String targetId, String country, Map<String, Object> detail, String prevHash, String hash) {
}
