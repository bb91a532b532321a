package eu.cyberplan.incidentreporting.significance;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The answer of a significance assessment: significant or not, under which rules, and every criterion looked at. */
@Serdeable
public record Assessment(boolean significant, String regulation, List<Criterion> criteria) {

    public static final String IMPLEMENTING_REGULATION = "Implementing Regulation (EU) 2024/2690";
    public static final String NIS2 = "NIS2 Art. 23(3)";
}
