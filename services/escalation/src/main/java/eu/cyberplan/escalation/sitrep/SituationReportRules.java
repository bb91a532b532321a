package eu.cyberplan.escalation.sitrep;

import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.taxonomy.MispTaxonomy;

import java.util.ArrayList;
import java.util.List;

/** A situation report's values are the MISP nis2 taxonomy's (impact severity and outlook, sectors, root cause); countries ISO. */
public final class SituationReportRules {

    private final MispTaxonomy nis2;

    public SituationReportRules(MispTaxonomy nis2) {
        this.nis2 = nis2;
    }

    public List<FieldError> check(SituationReportBody body) {
        List<FieldError> errors = new ArrayList<>();
        value("impactSeverity", "impact-severity", body.impactSeverity(), true, errors);
        value("impactOutlook", "impact-outlook", body.impactOutlook(), true, errors);
        value("rootCause", "nature-root-cause", body.rootCause(), false, errors);
        List<String> sectors = body.sectors() == null ? List.of() : body.sectors();
        for (int i = 0; i < sectors.size(); i++) {
            value("sectors[" + i + "]", "impact-sectors-impacted", sectors.get(i), true, errors);
        }
        List<String> countries = body.affectedCountries() == null ? List.of() : body.affectedCountries();
        for (int i = 0; i < countries.size(); i++) {
            if (CountryCodes.normalise(countries.get(i)).isEmpty()) {
                errors.add(new FieldError("affectedCountries[" + i + "]", "unknown country code '" + countries.get(i) + "' (ISO 3166-1 alpha-2)"));
            }
        }
        return errors;
    }

    private void value(String field, String predicate, String value, boolean required, List<FieldError> errors) {
        if (value == null ? required : !nis2.allows(predicate, value)) {
            errors.add(new FieldError(field, "must be one of " + nis2.values(predicate)));
        }
    }
}
