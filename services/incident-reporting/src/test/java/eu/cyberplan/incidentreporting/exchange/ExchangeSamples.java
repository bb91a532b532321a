package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.deadline.ReportingTimeline;
import eu.cyberplan.incidentreporting.incident.Entity;
import eu.cyberplan.incidentreporting.incident.Impact;
import eu.cyberplan.incidentreporting.incident.Incident;
import eu.cyberplan.incidentreporting.incident.IncidentDraft;
import eu.cyberplan.incidentreporting.incident.Indicator;
import eu.cyberplan.incidentreporting.report.SubmittedReport;
import eu.cyberplan.platform.taxonomy.Taxonomies;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** A ransomware incident at an Estonian grid operator, as the exchange tests export and import it. */
final class ExchangeSamples {

    static final ObjectMapper JSON = new ObjectMapper();
    static final StixSchemas SCHEMAS = new StixSchemas();
    static final Instant AWARE = Instant.parse("2026-03-14T07:10:00Z");
    /** Microseconds on purpose: STIX wants exactly milliseconds. */
    static final Instant REPORTED = Instant.parse("2026-03-14T09:30:00.123456Z");
    static final Instant UPDATED = Instant.parse("2026-03-15T12:00:00Z");
    static final UUID ID = UUID.fromString("1fa8bba4-0bfc-4e04-927b-9cded5ff15d3");
    static final String ENTITY_NAME = "Elering Test Grid AS";
    static final String DUTY_OFFICER = "duty.ee";
    static final String NCP = "ncp.ee";
    static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    static final List<Indicator> INDICATORS = List.of(
            new Indicator("ipv4-addr", "198.51.100.23", "C2 address"),
            new Indicator("domain-name", "update-check.example", null),
            new Indicator("file:hashes.'SHA-256'", SHA256, "encryptor"));

    private ExchangeSamples() {
    }

    static Incident incident() {
        return new Incident(ID, "EE-2026-000042", "EE", "Ransomware on grid operator", "SCADA jump hosts encrypted", AWARE, Severity.HIGH,
                "malicious-code", "infected-system", Tlp.AMBER, "AMBER", List.of("LV", "LT"), true, true, List.of("energy"),
                List.of("electricity"), new Impact(120_000L, 90L, new BigDecimal("250000.50")), INDICATORS, List.of(),
                new Entity(ENTITY_NAME, "OTHER", "energy", "electricity", new BigDecimal("80000000")), "NOTIFICATION", Incident.OPEN,
                Mode.REAL, null, REPORTED, DUTY_OFFICER, 3, UPDATED,
                ReportingTimeline.filed(AWARE, false, REPORTED).withNotification(UPDATED), null);
    }

    /** The sample changed by {@code change}; the version and {@code updatedAt} stay as they were. */
    static Incident incident(Consumer<IncidentDraft> change) {
        IncidentDraft draft = IncidentDraft.of(incident());
        change.accept(draft);
        draft.version--;
        return draft.next(UPDATED);
    }

    static List<Indicator> indicators(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Indicator("ipv4-addr", "10." + (i / 65536) % 256 + "." + (i / 256) % 256 + "." + i % 256, null))
                .toList();
    }

    static List<SubmittedReport> reports() {
        return List.of(
                new SubmittedReport(UUID.fromString("b4353404-4102-42fb-aba7-6ab71916f548"), ID, "EARLY_WARNING", REPORTED, DUTY_OFFICER, false,
                        "Ransomware suspected on SCADA jump hosts", null, null, null, null, null),
                new SubmittedReport(UUID.fromString("c5a6e2f0-2a43-4b7e-9d0c-3f8e1c2b4a55"), ID, "NOTIFICATION", UPDATED, NCP, false,
                        "Encryption confirmed on 14 hosts; grid control unaffected", null, null, "hosts isolated", "restore from backups",
                        "LV and LT operators share the jump host vendor"));
    }

    static Taxonomies taxonomies() {
        return new Taxonomies(io.micronaut.serde.ObjectMapper.getDefault());
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
