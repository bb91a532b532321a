package eu.cyberplan.contactpoints.comcheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per country over a set of comchecks: how often it was asked and answered, and its median and 90th percentile
 * response time. An unanswered check counts against the answer rate but has no response time, so it is left out of
 * the times rather than counted as zero or infinite.
 * <p>
 * Median: the middle response time, or the mean of the two middle ones for an even count. 90th percentile:
 * nearest-rank method, the response time at rank {@code ceil(0.9 × n)} of the {@code n} sorted times, so it is
 * always a time some country actually took.
 */
public final class ComcheckStatistics {

    private ComcheckStatistics() {
    }

    /** One country asked in one comcheck; {@code responseSeconds} is null when it did not answer. */
    public record Observation(String country, Long responseSeconds) {

        public boolean answered() {
            return responseSeconds != null;
        }
    }

    /** The figures of one country; the times are null when it never answered. */
    public record CountryFigures(String country, int asked, int answered, double answerRate, Double medianResponseSeconds,
                                 Long p90ResponseSeconds) {
    }

    /** The figures of every country observed, by country code. */
    public static List<CountryFigures> perCountry(Collection<Observation> observations) {
        Map<String, List<Observation>> byCountry = new TreeMap<>();
        for (Observation observation : observations) {
            byCountry.computeIfAbsent(observation.country(), country -> new ArrayList<>()).add(observation);
        }
        return byCountry.entrySet().stream().map(entry -> figures(entry.getKey(), entry.getValue())).toList();
    }

    private static CountryFigures figures(String country, List<Observation> observations) {
        List<Long> times = observations.stream().filter(Observation::answered).map(Observation::responseSeconds).sorted().toList();
        return new CountryFigures(country, observations.size(), times.size(), (double) times.size() / observations.size(),
                median(times), p90(times));
    }

    static Double median(List<Long> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? sorted.get(n / 2).doubleValue() : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    static Long p90(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        // ceil(0.9 n), in integer arithmetic so that no rounding of 0.9 can move the rank.
        int rank = (9 * sorted.size() + 9) / 10;
        return sorted.get(rank - 1);
    }
}
