package eu.cyberplan.infra.bench;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The physical limit of filing here: the line {@code pgbench filing tps=N clients=C seconds=S} of pgbench-filing.sh. */
record PgbenchFigure(String line, double tps) {

    private static final Pattern TPS = Pattern.compile("tps=([0-9]+(?:\\.[0-9]+)?)");

    /** The figure in the line, or empty when the line carries no {@code tps=}. */
    static Optional<PgbenchFigure> parse(String line) {
        Matcher matcher = TPS.matcher(line);
        return matcher.find() ? Optional.of(new PgbenchFigure(line, Double.parseDouble(matcher.group(1)))) : Optional.empty();
    }
}
