package eu.cyberplan.platform.audit;

import java.time.Instant;

/**
 * One row of {@code audit_entry} as stored: who ({@code actor}, {@code actorCountry}) did what ({@code action}) to
 * which target, on behalf of which {@code country}, with a JSON {@code detail} (its {@code jsonb} text) and, once
 * sealed, the chain hashes.
 */
public record AuditEntry(long id, Instant at, String actor, String actorCountry, String action, String targetType,
                         String targetId, String country, String detail, String prevHash, String hash) {

    public boolean sealed() {
        return hash != null;
    }

    /** This entry sealed after {@code previous} (null for the first entry of the chain). */
    public AuditEntry sealedAfter(String previous) {
        return new AuditEntry(id, at, actor, actorCountry, action, targetType, targetId, country, detail, previous,
                ChainHash.of(previous, this));
    }
}
