package eu.cyberplan.contactpoints.directory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A country's directory entry as a client writes it: {@code PUT /countries/{cc}} (its people or a coordinator) and
 * {@code POST /countries} (a coordinator adds an observer, with {@code code}). Absent name, zones or languages keep
 * what is stored.
 */
@Serdeable
public record DirectoryEntry(@Nullable @Size(max = 8) @SingleLine String code, @Nullable @Size(max = 200) @SingleLine String name,
                             @Nullable @Size(max = 10) List<@NotNull @Size(max = 64) @SingleLine String> timeZones,
                             @Nullable @Size(max = 30) List<@NotNull @Size(max = 8) @SingleLine String> languages, @Nullable @Valid CountryView.Ncp ncp,
                             @Nullable @Size(max = 200) @SingleLine String cycloneLiaison,
                             @Nullable @Size(max = 200) @SingleLine String singlePointOfContact,
                             @Nullable @Size(max = 30) List<CountryView.@Valid @NotNull Csirt> csirts) {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** Checks every field; a new country needs its name and time zone as well. */
    public void check(boolean newCountry) {
        List<FieldError> errors = new ArrayList<>();
        if (newCountry && (name == null || name.isBlank())) {
            errors.add(new FieldError("name", "must be given"));
        }
        if ((newCountry && timeZones == null) || (timeZones != null && timeZones.isEmpty())) {
            errors.add(new FieldError("timeZones", "must list at least one time zone, such as Europe/Zurich"));
        }
        for (int i = 0; timeZones != null && i < timeZones.size(); i++) {
            try {
                ZoneId.of(timeZones.get(i));
            } catch (DateTimeException | NullPointerException e) {
                errors.add(new FieldError("timeZones[" + i + "]", "is no IANA time zone, such as Europe/Tallinn"));
            }
        }
        for (int i = 0; languages != null && i < languages.size(); i++) {
            if (languages.get(i) == null || !LANGUAGES.contains(languages.get(i))) {
                errors.add(new FieldError("languages[" + i + "]", "is no ISO 639-1 language code, such as et"));
            }
        }
        if (ncp == null || blank(ncp.primary())) {
            errors.add(new FieldError("ncp.primary", "the national contact point needs a primary channel"));
        }
        if (ncp == null || blank(ncp.backup())) {
            errors.add(new FieldError("ncp.backup", "the national contact point needs a backup channel"));
        }
        for (int i = 0; csirts != null && i < csirts.size(); i++) {
            if (csirts.get(i) == null || blank(csirts.get(i).name())) {
                errors.add(new FieldError("csirts[" + i + "].name", "must be given"));
            }
        }
        if (csirts != null && csirts.stream().filter(c -> c != null && c.ncp()).count() > 1) {
            errors.add(new FieldError("csirts", "only one CSIRT is the national contact point"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
