package eu.cyberplan.contactpoints.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;

import java.util.UUID;

/**
 * {@code POST /countries/{cc}/plan/proposals} (DESIGN §14): the lesson a change of the plan is proposed from, where it
 * was learnt, and the change — a partial plan whose parts replace those of the plan in force.
 */
@Serdeable
public record ProposalBody(@Nullable UUID lessonId, @Nullable @Valid Source source, @Nullable @Valid PlanContent change) {

    /** The exercise or the case the lesson was learnt in: one of the two. */
    @Serdeable
    public record Source(@Nullable UUID exerciseId, @Nullable UUID incidentId) {
    }
}
