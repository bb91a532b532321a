package eu.cyberplan.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The answer of {@code GET /api/v1/audit/verify}: {@code {"valid": true, "entries", "sealedUpTo"}} or
 * {@code {"valid": false, "firstBrokenId", "entries"}}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verdict(boolean valid, Long firstBrokenId, long entries, Long sealedUpTo) {

    static Verdict valid(long entries, Long sealedUpTo) {
        return new Verdict(true, null, entries, sealedUpTo);
    }

    static Verdict broken(long firstBrokenId, long entries) {
        return new Verdict(false, firstBrokenId, entries, null);
    }
}
