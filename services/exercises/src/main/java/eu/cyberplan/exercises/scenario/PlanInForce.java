package eu.cyberplan.exercises.scenario;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A country's national plan in force as {@code GET /api/v1/countries/{cc}/plan} shows it (DESIGN §9), the parts a
 * scenario is drawn from: whom to reach, which help the country offers, and its playbooks step by step.
 */
@Serdeable
public record PlanInForce(String country, int version, @Nullable ContactPoints contactPoints, @Nullable List<Capability> capabilities,
                          @Nullable List<Playbook> playbooks) {

    @Serdeable
    public record ContactPoints(@Nullable Ncp ncp, @Nullable String cycloneLiaison, @Nullable String singlePointOfContact, @Nullable List<Csirt> csirts) {
    }

    @Serdeable
    public record Ncp(@Nullable String primary, @Nullable String backup) {
    }

    @Serdeable
    public record Csirt(@Nullable String name, @Nullable String email, @Nullable String phone) {
    }

    @Serdeable
    public record Capability(@Nullable String kind, @Nullable String conditions, @Nullable String contact) {
    }

    @Serdeable
    public record Playbook(@Nullable String rsitClass, @Nullable String rsitType, @Nullable List<Step> steps) {
    }

    @Serdeable
    public record Step(@Nullable String id, @Nullable String phase, @Nullable String title, @Nullable String ownerRole, @Nullable Integer targetMinutes) {
    }
}
