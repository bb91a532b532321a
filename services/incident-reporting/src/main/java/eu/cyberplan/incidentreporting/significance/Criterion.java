package eu.cyberplan.incidentreporting.significance;

import io.micronaut.serde.annotation.Serdeable;

/** One criterion of an assessment: whether it is met, the figure seen (null when not given) and the threshold in words. */
@Serdeable
public record Criterion(String id, boolean met, String figure, String threshold) {

    static Criterion declared(String id, Boolean flag, String what) {
        return new Criterion(id, SignificanceFacts.yes(flag), flag == null ? null : (flag ? "declared" : "declared not"), what);
    }

    static Criterion moreThan(String id, Number figure, long limit, String unit, String what) {
        boolean met = figure != null && new java.math.BigDecimal(figure.toString()).compareTo(java.math.BigDecimal.valueOf(limit)) > 0;
        return new Criterion(id, met, figure == null ? null : figure + " " + unit, what + ": more than " + limit + " " + unit);
    }
}
