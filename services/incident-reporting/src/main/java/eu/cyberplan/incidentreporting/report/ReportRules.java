package eu.cyberplan.incidentreporting.report;

import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.incidentreporting.incident.Indicator;
import eu.cyberplan.incidentreporting.significance.SignificanceAssessment;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.taxonomy.MispTaxonomy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What each report must say (NIS2 Art. 23(4)), checked after its stage is known to be in order; every wrong field named. */
public final class ReportRules {

    public static final List<String> STAGES = List.of("NOTIFICATION", "INTERMEDIATE", "PROGRESS", "FINAL");

    private final MispTaxonomy nis2;

    public ReportRules(MispTaxonomy nis2) {
        this.nis2 = nis2;
    }

    public List<FieldError> check(ReportBody body, Instant awareAt, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String stage = body.stage();
        if (body.severity() != null && Arrays.stream(Severity.values()).noneMatch(s -> s.name().equals(body.severity()))) {
            errors.add(new FieldError("severity", "must be one of " + Arrays.toString(Severity.values())));
        }
        if ("NOTIFICATION".equals(stage) && body.severity() == null) {
            errors.add(new FieldError("severity", "a notification gives the incident's severity"));
        }
        if (!"NOTIFICATION".equals(stage) && blank(body.summary())) {
            errors.add(new FieldError("summary", "a " + stage.toLowerCase() + " report says where things stand"));
        }
        if ("FINAL".equals(stage)) {
            if (body.rootCause() == null) {
                errors.add(new FieldError("rootCause", "a final report gives the root cause: " + nis2.values("nature-root-cause")));
            }
            if (blank(body.mitigationsApplied())) {
                errors.add(new FieldError("mitigationsApplied", "a final report says which mitigations were applied"));
            }
        }
        if (body.rootCause() != null && !nis2.allows("nature-root-cause", body.rootCause())) {
            errors.add(new FieldError("rootCause", "must be one of " + nis2.values("nature-root-cause")));
        }
        if (body.handledAt() != null && (body.handledAt().isBefore(awareAt) || body.handledAt().isAfter(now))) {
            errors.add(new FieldError("handledAt", "must lie between the awareness (" + awareAt + ") and now"));
        }
        if (body.significanceFigures() != null) {
            SignificanceAssessment.check(body.significanceFigures(), SignificanceAssessment.OTHER_ENTITY_TYPES)
                    .forEach(e -> errors.add(new FieldError("significanceFigures." + e.field(), e.message())));
        }
        List<Indicator> indicators = body.indicators() == null ? List.of() : body.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            if (!Indicator.TYPES.contains(indicators.get(i).type())) {
                errors.add(new FieldError("indicators[" + i + "].type", "must be one of " + Indicator.TYPES));
            }
        }
        return errors;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
