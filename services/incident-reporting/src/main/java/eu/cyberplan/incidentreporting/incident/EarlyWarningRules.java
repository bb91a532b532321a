package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.significance.SignificanceAssessment;
import eu.cyberplan.incidentreporting.significance.SignificanceFacts;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.taxonomy.MispTaxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Checks the labels of an early warning against their vocabularies (RSIT and NIS2 sectors from the MISP taxonomies,
 * TLP 2.0, PAP, ISO country codes) and names every field that is wrong, with the values it allows.
 */
public final class EarlyWarningRules {

    static final List<String> PAP = List.of("CLEAR", "GREEN", "AMBER", "RED");

    private final MispTaxonomy rsit;
    private final MispTaxonomy nis2;

    public EarlyWarningRules(MispTaxonomy rsit, MispTaxonomy nis2) {
        this.rsit = rsit;
        this.nis2 = nis2;
    }

    public List<FieldError> check(EarlyWarning warning) {
        List<FieldError> errors = new ArrayList<>();
        if (Arrays.stream(Severity.values()).noneMatch(s -> s.name().equals(warning.severity()))) {
            errors.add(new FieldError("severity", "must be one of " + Arrays.toString(Severity.values())));
        }
        if (!rsit.hasPredicate(warning.rsitClass())) {
            errors.add(new FieldError("rsitClass", "must be an RSIT class: " + rsit.predicates()));
        } else if (!rsit.allows(warning.rsitClass(), warning.rsitType())) {
            errors.add(new FieldError("rsitType", "must be an RSIT type of " + warning.rsitClass() + ": " + rsit.values(warning.rsitClass())));
        }
        if (Tlp.fromLabel(warning.tlp()).isEmpty()) {
            errors.add(new FieldError("tlp", "must be a TLP 2.0 label: " + Tlp.labels()));
        }
        if (!PAP.contains(warning.pap())) {
            errors.add(new FieldError("pap", "must be a PAP label: " + PAP));
        }
        checkCountries("affectedCountries", warning.affectedCountries(), false, errors);
        checkCountries("recipients", warning.recipients(), true, errors);
        if (warning.reporterCountry() != null && CountryCodes.normalise(warning.reporterCountry()).isEmpty()) {
            errors.add(new FieldError("reporterCountry", "unknown country code '" + warning.reporterCountry() + "' (ISO 3166-1 alpha-2)"));
        }
        List<String> sectors = Optional.ofNullable(warning.sectors()).orElse(List.of());
        for (int i = 0; i < sectors.size(); i++) {
            if (!nis2.allows("impact-sectors-impacted", sectors.get(i))) {
                errors.add(new FieldError("sectors[" + i + "]", "must be a NIS2 sector: " + nis2.values("impact-sectors-impacted")));
            }
        }
        List<String> subsectors = Optional.ofNullable(warning.subsectors()).orElse(List.of());
        for (int i = 0; i < subsectors.size(); i++) {
            if (!nis2.allows("impact-subsectors-impacted", subsectors.get(i)) && !nis2.allows("impact-subsectors-important-entities", subsectors.get(i))) {
                errors.add(new FieldError("subsectors[" + i + "]", "must be a NIS2 subsector: " + nis2.values("impact-subsectors-impacted")
                        + " or " + nis2.values("impact-subsectors-important-entities")));
            }
        }
        List<Indicator> indicators = Optional.ofNullable(warning.indicators()).orElse(List.of());
        for (int i = 0; i < indicators.size(); i++) {
            if (!Indicator.TYPES.contains(indicators.get(i).type())) {
                errors.add(new FieldError("indicators[" + i + "].type", "must be one of " + Indicator.TYPES));
            }
        }
        if (warning.entity() != null && warning.entity().entityType() != null) {
            SignificanceAssessment.check(SignificanceFacts.none().withIncident(warning.entity().entityType(), null, null, null, null, null),
                    SignificanceAssessment.OTHER_ENTITY_TYPES).forEach(e -> errors.add(new FieldError("entity." + e.field(), e.message())));
        }
        if (warning.significanceFigures() != null) {
            SignificanceAssessment.check(warning.significanceFigures(), SignificanceAssessment.OTHER_ENTITY_TYPES)
                    .forEach(e -> errors.add(new FieldError("significanceFigures." + e.field(), e.message())));
        }
        if (warning.mode() != null && !List.of("REAL", "EXERCISE").contains(warning.mode())) {
            errors.add(new FieldError("mode", "must be REAL or EXERCISE"));
        }
        if (warning.exerciseCompression() != null && (warning.exerciseCompression() < 1 || warning.exerciseCompression() > 60
                || !warning.ofExercise())) {
            errors.add(new FieldError("exerciseCompression", "is 1 to 60, and only for an exercise incident"));
        }
        if (warning.ofExercise() && warning.exerciseId() == null) {
            errors.add(new FieldError("exerciseId", "is required when mode is EXERCISE"));
        }
        boolean named = !Optional.ofNullable(warning.recipients()).orElse(List.of()).isEmpty();
        if (Tlp.RED.label().equals(warning.tlp()) && !named) {
            errors.add(new FieldError("recipients", "TLP:RED needs the recipients named"));
        }
        if (named && Tlp.fromLabel(warning.tlp()).filter(tlp -> tlp != Tlp.RED).isPresent()) {
            // Naming recipients limits sharing only under RED; accepting them elsewhere would let a reporter believe it did.
            errors.add(new FieldError("recipients", "recipients are named only for TLP:RED; under TLP:" + warning.tlp()
                    + " the protocol's routing decides who is alerted"));
        }
        return errors;
    }

    /** {@code EU} may be named as a recipient (the coordinators), never as an affected country. */
    private static void checkCountries(String field, List<String> codes, boolean euAllowed, List<FieldError> errors) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            if (CountryCodes.normalise(codes.get(i)).isEmpty() && !(euAllowed && "EU".equalsIgnoreCase(codes.get(i)))) {
                errors.add(new FieldError(field + "[" + i + "]", "unknown country code '" + codes.get(i) + "' (ISO 3166-1 alpha-2)"));
            }
        }
    }
}
