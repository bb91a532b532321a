package eu.cyberplan.escalation.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import eu.cyberplan.escalation.nationalplan.NationalPlanStatus;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** {@code GET /plan}: the European plan in force, its fields as they were, and where each country's national plan stands. */
@Serdeable
public record EuropeanPlanView(@JsonUnwrapped ProtocolPlan plan, List<NationalPlanStatus> nationalPlans) {
}
