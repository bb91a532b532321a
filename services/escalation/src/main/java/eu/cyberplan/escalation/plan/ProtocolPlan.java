package eu.cyberplan.escalation.plan;

import jakarta.validation.constraints.Size;
import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.escalation.protocol.AcknowledgementSla;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The European plan in one version (DESIGN §5): the crisis levels, which incidents open a case, how alerts are routed,
 * the acknowledgement deadlines by severity and the shorter backup deadlines, when the coordinator is told, and when
 * overdue alerts raise the level. A case keeps the version it ran under. Deadlines are ISO-8601 durations ("PT15M").
 */
@Serdeable
public record ProtocolPlan(
        int version,
        @Nullable String changedBy,
        @Nullable Instant changedAt,
        @Nullable String reason,
        List<Level> levels,
        CaseOpening caseOpening,
        List<String> routing,
        Map<String, String> acknowledgementSla,
        Map<String, String> backupSla,
        boolean notifyCoordinatorWhenBackupMisses,
        @Nullable Raise raiseOnOverdue) {

    /** One crisis level and who handles it; POLITICAL has the IPCR modes. */
    @Serdeable
    public record Level(String level, String body, List<String> modes) {
    }

    /** Which incidents open a case: cross-border, affecting other countries, assessed significant, at or above a severity. */
    @Serdeable
    public record CaseOpening(boolean crossBorder, boolean otherCountriesAffected, boolean significant,
                              @Nullable @Size(max = 20) String minimumSeverity) {
    }

    /** When this many alerts of at least this severity are overdue on a case below {@code to}, the case rises to {@code to}. */
    @Serdeable
    public record Raise(@Nullable @Size(max = 20) String severity, int overdueAlerts, @Nullable @Size(max = 20) String to) {
    }

    public static final List<String> ROUTING = List.of(
            "the NCPs of every affected country and of the named recipients",
            "from OPERATIONAL up: every member country's NCP",
            "TLP:RED: only the recipients the reporter named",
            "never the reporting country itself",
            "observers only when named");

    public static final List<Level> LEVELS = List.of(
            new Level(CrisisLevel.TECHNICAL.name(), "CSIRTs Network", List.of()),
            new Level(CrisisLevel.OPERATIONAL.name(), "EU-CyCLONe", List.of()),
            new Level(CrisisLevel.POLITICAL.name(), "IPCR", List.of("MONITORING", "INFORMATION_SHARING", "FULL_ACTIVATION")));

    /** Version 1: the defaults of DESIGN §5 with the configured acknowledgement deadlines. */
    public static ProtocolPlan first(Map<Severity, Duration> sla, Instant at) {
        Map<String, String> primary = new java.util.LinkedHashMap<>();
        Map<String, String> backup = new java.util.LinkedHashMap<>();
        for (Severity severity : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
            primary.put(severity.name(), sla.get(severity).toString());
            backup.put(severity.name(), sla.get(severity).dividedBy(2).toString());
        }
        return new ProtocolPlan(1, "system", at, "the defaults of the European plan", LEVELS,
                new CaseOpening(true, true, true, null), ROUTING, primary, backup, true,
                new Raise(Severity.CRITICAL.name(), 1, CrisisLevel.OPERATIONAL.name()));
    }

    public AcknowledgementSla sla() {
        return new AcknowledgementSla(bySeverity(acknowledgementSla));
    }

    public AcknowledgementSla backup() {
        return new AcknowledgementSla(bySeverity(backupSla));
    }

    private static Map<Severity, Duration> bySeverity(Map<String, String> durations) {
        Map<Severity, Duration> map = new EnumMap<>(Severity.class);
        durations.forEach((severity, duration) -> map.put(Severity.valueOf(severity), Duration.parse(duration)));
        return map;
    }
}
