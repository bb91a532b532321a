package eu.cyberplan.escalation.plan;

import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.platform.problem.FieldError;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What a new version of the plan must hold: a positive deadline for every severity, backups shorter than the primary ones. */
public final class PlanRules {

    /** More overdue alerts than countries in the plan could never be reached. */
    static final int MAX_OVERDUE_ALERTS = 100;
    /** A deadline longer than a month is no emergency deadline, and a huge one overflows the timer arithmetic. */
    static final Duration LONGEST_DEADLINE = Duration.ofDays(30);

    private PlanRules() {
    }

    public static List<FieldError> check(PlanChange change) {
        List<FieldError> errors = new ArrayList<>();
        durations("acknowledgementSla", change.acknowledgementSla(), errors);
        durations("backupSla", change.backupSla(), errors);
        if (errors.isEmpty()) {
            for (Severity severity : Severity.values()) {
                if (Duration.parse(change.backupSla().get(severity.name())).compareTo(Duration.parse(change.acknowledgementSla().get(severity.name()))) > 0) {
                    errors.add(new FieldError("backupSla." + severity.name(), "the backup deadline is the shorter one: at most "
                            + change.acknowledgementSla().get(severity.name())));
                }
            }
        }
        ProtocolPlan.CaseOpening opening = change.caseOpening();
        if (opening != null && opening.minimumSeverity() != null && !isSeverity(opening.minimumSeverity())) {
            errors.add(new FieldError("caseOpening.minimumSeverity", "must be one of " + Arrays.toString(Severity.values())));
        }
        ProtocolPlan.Raise raise = change.raiseOnOverdue();
        if (raise != null) {
            if (!isSeverity(raise.severity())) {
                errors.add(new FieldError("raiseOnOverdue.severity", "must be one of " + Arrays.toString(Severity.values())));
            }
            if (raise.overdueAlerts() < 1 || raise.overdueAlerts() > MAX_OVERDUE_ALERTS) {
                errors.add(new FieldError("raiseOnOverdue.overdueAlerts", "must be from 1 to " + MAX_OVERDUE_ALERTS));
            }
            if (!CrisisLevel.OPERATIONAL.name().equals(raise.to())) {
                errors.add(new FieldError("raiseOnOverdue.to", "must be OPERATIONAL: only a coordinator sets POLITICAL"));
            }
        }
        return errors;
    }

    private static void durations(String field, Map<String, String> durations, List<FieldError> errors) {
        if (durations == null) {
            errors.add(new FieldError(field, "a deadline for each of " + Arrays.toString(Severity.values())));
            return;
        }
        for (String key : durations.keySet()) {
            if (!isSeverity(key)) {
                errors.add(new FieldError(field + "." + key, "not a severity: " + Arrays.toString(Severity.values())));
            }
        }
        for (Severity severity : Severity.values()) {
            Duration d = parse(durations.get(severity.name()));
            if (d == null || d.isNegative() || d.isZero() || d.compareTo(LONGEST_DEADLINE) > 0) {
                errors.add(new FieldError(field + "." + severity.name(), "must be a positive ISO-8601 duration such as PT15M, at most P30D"));
            }
        }
    }

    private static Duration parse(String value) {
        try {
            return value == null ? null : Duration.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isSeverity(String value) {
        return Arrays.stream(Severity.values()).anyMatch(s -> s.name().equals(value));
    }
}
