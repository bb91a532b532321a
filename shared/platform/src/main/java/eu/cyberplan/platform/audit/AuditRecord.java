package eu.cyberplan.platform.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a change or a read records in the audit trail: the action ({@code incident.read}, {@code login.failed}), its
 * target, the country it concerns and a small detail. The actor is the caller of the current request unless given
 * ({@code login.*}: the account that logs in).
 */
public record AuditRecord(String action, String targetType, String targetId, String country, Map<String, Object> detail,
                          String actor, String actorCountry) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        detail = detail == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    public static AuditRecord of(String action, String targetType, Object targetId, String country) {
        return new AuditRecord(action, targetType, targetId == null ? null : targetId.toString(), country, Map.of(), null, null);
    }

    /** The same record with one more detail field (null values are left out). */
    public AuditRecord with(String key, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, Object> more = new LinkedHashMap<>(detail);
        more.put(key, value instanceof Enum<?> || value instanceof java.util.UUID || value instanceof java.time.Instant ? value.toString() : value);
        return new AuditRecord(action, targetType, targetId, country, more, actor, actorCountry);
    }

    /** The same record by a named actor rather than the request's caller. */
    public AuditRecord by(String who, String whoseCountry) {
        return new AuditRecord(action, targetType, targetId, country, detail, who, whoseCountry);
    }
}
