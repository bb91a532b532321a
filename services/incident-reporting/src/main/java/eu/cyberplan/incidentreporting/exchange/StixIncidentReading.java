package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.incident.EarlyWarning;
import eu.cyberplan.incidentreporting.incident.Entity;
import eu.cyberplan.incidentreporting.incident.Impact;
import eu.cyberplan.incidentreporting.incident.Indicator;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.taxonomy.MispTaxonomy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One imported {@code incident} object as an early warning. CyberPlan's own {@code x_cyberplan_*} properties come
 * first (an export imports as it was); otherwise the MISP machine tags in {@code labels}, the TLP markings, and then
 * defaults: severity MEDIUM, RSIT {@code other="other"} (not categorised), TLP AMBER when unmarked (never wider than
 * the sender could have meant), PAP as the TLP (AMBER for AMBER+STRICT, which PAP lacks).
 */
final class StixIncidentReading {

    static final Severity DEFAULT_SEVERITY = Severity.MEDIUM;
    static final Tlp DEFAULT_TLP = Tlp.AMBER;
    private static final Pattern RSIT_LABEL = Pattern.compile("^rsit:([a-z-]+)=\"([a-z-]+)\"$");
    private static final List<String> PAP = List.of("CLEAR", "GREEN", "AMBER", "RED");

    private final JsonNode incident;
    private final CustomProperties own;
    private final MispTaxonomy rsit;

    StixIncidentReading(JsonNode incident, String at, MispTaxonomy rsit, List<FieldError> errors) {
        this.incident = incident;
        this.own = new CustomProperties(incident, at, errors);
        this.rsit = rsit;
    }

    EarlyWarning earlyWarning(List<Indicator> indicators) {
        Instant awareAt = Optional.ofNullable(own.instant("aware_at")).orElseGet(() -> StixValidation.instant(incident.get("created")));
        Tlp tlp = tlp();
        String[] classification = rsit();
        return new EarlyWarning(title(), incident.path("description").asText(""), awareAt, severity().name(), classification[0],
                classification[1], tlp.label(), pap(tlp), own.texts("affected_countries"), own.bool("cross_border"),
                own.bool("suspected_malicious"), own.texts("sectors"), own.texts("subsectors"), impact(), indicators, entity(), null,
                own.texts("recipients"), null, own.text("mode"), own.uuid("exercise_id"), null);
    }

    /** Our exports prefix a drill's name so that every tool shows it; the title is stored bare. */
    private String title() {
        String name = incident.path("name").asText();
        return name.startsWith(StixIncidentObject.EXERCISE_PREFIX) ? name.substring(StixIncidentObject.EXERCISE_PREFIX.length()) : name;
    }

    private Severity severity() {
        String value = own.text("severity");
        if (value == null) {
            return DEFAULT_SEVERITY;
        }
        return Stream.of(Severity.values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst().orElseGet(() -> {
            own.refuse("severity", "must be one of " + List.of(Severity.values()));
            return DEFAULT_SEVERITY;
        });
    }

    /** Our own properties when both are there (the filing rules check them), else the first RSIT machine tag the taxonomy knows. */
    private String[] rsit() {
        String rsitClass = own.text("rsit_class");
        String rsitType = own.text("rsit_type");
        if (rsitClass != null && rsitType != null) {
            return new String[] {rsitClass, rsitType};
        }
        for (String label : labels()) {
            Matcher m = RSIT_LABEL.matcher(label);
            if (m.matches() && rsit.allows(m.group(1), m.group(2))) {
                return new String[] {m.group(1), m.group(2)};
            }
        }
        return new String[] {"other", "other"};
    }

    /** The most restrictive of every TLP the incident states: its property, its TLP markings and its {@code tlp:} tags. */
    private Tlp tlp() {
        List<Tlp> stated = new ArrayList<>();
        String label = own.text("tlp");
        if (label != null) {
            Tlp.fromLabel(label).ifPresentOrElse(stated::add, () -> own.refuse("tlp", "must be a TLP 2.0 label: " + Tlp.labels()));
        }
        incident.path("object_marking_refs").forEach(ref -> TlpMarkings.of(ref.asText()).ifPresent(stated::add));
        labels().stream().filter(l -> l.startsWith("tlp:")).forEach(l -> Tlp.fromLabel(l.substring(4)).ifPresent(stated::add));
        return stated.stream().max(Comparator.naturalOrder()).orElse(DEFAULT_TLP);
    }

    private String pap(Tlp tlp) {
        String stated = Optional.ofNullable(own.text("pap"))
                .or(() -> labels().stream().filter(l -> l.startsWith("PAP:")).map(l -> l.substring(4)).findFirst()).orElse(null);
        if (stated != null && PAP.contains(stated.toUpperCase(Locale.ROOT))) {
            return stated.toUpperCase(Locale.ROOT);
        }
        if (stated != null) {
            own.refuse("pap", "must be a PAP label: " + PAP);
        }
        return tlp == Tlp.AMBER_STRICT ? "AMBER" : tlp.label();
    }

    private Impact impact() {
        JsonNode impact = own.node("impact");
        if (!impact.isObject()) {
            return null;
        }
        JsonNode loss = impact.path("financial_loss_eur");
        return new Impact(whole(impact.path("affected_users")), whole(impact.path("duration_minutes")), loss.isNumber() ? loss.decimalValue() : null);
    }

    /** Turnover is never exported, so never imported; the name only when the export included personal data. */
    private Entity entity() {
        JsonNode entity = own.node("entity");
        return entity.isObject() ? new Entity(entity.path("name").textValue(), entity.path("entity_type").textValue(),
                entity.path("sector").textValue(), entity.path("subsector").textValue(), null) : null;
    }

    private List<String> labels() {
        List<String> labels = new ArrayList<>();
        incident.path("labels").forEach(l -> labels.add(l.asText()));
        return labels;
    }

    private static Long whole(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : null;
    }
}
