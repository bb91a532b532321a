package eu.cyberplan.contactpoints.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;
import eu.cyberplan.contactpoints.directory.CountryView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Whom to reach under the plan: the national contact point's channels, the EU-CyCLONe liaison, the NIS2 SPOC and the CSIRTs. */
@Serdeable
public record ContactPoints(@Nullable @Valid CountryView.Ncp ncp, @Nullable @Size(max = 200) @SingleLine String cycloneLiaison,
                            @Nullable @Size(max = 200) @SingleLine String singlePointOfContact,
                            @Nullable @Size(max = 30) List<CountryView.@Valid @NotNull Csirt> csirts) {

    /** The country's directory entry as it stands. */
    public static ContactPoints of(CountryView country) {
        return new ContactPoints(country.ncp(), country.cycloneLiaison(), country.singlePointOfContact(), country.csirts());
    }

    /** A plan can be approved only when someone can be reached through it: an NCP primary channel or a CSIRT. */
    public boolean anyone() {
        boolean ncpReachable = ncp != null && ncp.primary() != null && !ncp.primary().isBlank();
        boolean csirtReachable = csirts != null && csirts.stream().anyMatch(c -> c != null && (present(c.email()) || present(c.phone())));
        return ncpReachable || csirtReachable;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
