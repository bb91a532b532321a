package eu.cyberplan.incidentreporting.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What changed between two versions of an incident, field by field, in the API's field names. */
public final class IncidentChanges {

    private static final List<Field> FIELDS = List.of(
            new Field("title", Incident::title), new Field("summary", Incident::summary), new Field("severity", Incident::severity),
            new Field("rsitClass", Incident::rsitClass), new Field("rsitType", Incident::rsitType),
            new Field("tlp", i -> i.tlp().label()), new Field("pap", Incident::pap),
            new Field("affectedCountries", Incident::affectedCountries), new Field("crossBorder", Incident::crossBorder),
            new Field("suspectedMalicious", Incident::suspectedMalicious), new Field("sectors", Incident::sectors),
            new Field("subsectors", Incident::subsectors), new Field("impact", Incident::impact),
            new Field("indicators", i -> i.indicators().size() + " indicators"), new Field("recipients", Incident::recipients),
            new Field("entity", Incident::entity), new Field("stage", Incident::stage), new Field("status", Incident::status));

    private IncidentChanges() {
    }

    public static List<FieldChange> between(Incident before, Incident after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            Object from = field.value.apply(before);
            Object to = field.value.apply(after);
            if (!Objects.equals(from, to) || "indicators".equals(field.name) && !before.indicators().equals(after.indicators())) {
                changes.add(new FieldChange(field.name, text(from), text(to)));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private record Field(String name, Function<Incident, Object> value) {
    }
}
