package eu.cyberplan.contactpoints.plan;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The differences between two versions of a country's plan ({@code GET …/plan/versions/{version}/changes?from=}). */
@Serdeable
public record PlanChangesView(String country, int from, int to, List<PlanChanges.Change> changes) {
}
