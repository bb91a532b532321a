package eu.cyberplan.contactpoints.readiness;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The readiness of one country (DESIGN §9): its score, the percentage of criteria met, and each criterion with its figure and source. */
@Serdeable
public record ReadinessView(String country, int score, Instant assessedAt, List<Criterion> criteria) {

    /** One criterion as the API shows it. */
    @Serdeable
    public record Criterion(String id, boolean met, String figure, String source) {
    }
}
