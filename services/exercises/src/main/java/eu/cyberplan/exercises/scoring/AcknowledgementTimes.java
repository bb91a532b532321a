package eu.cyberplan.exercises.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Time to acknowledge per country, in exercise seconds: how many alerts, how many answered, median and p90, overdue. */
public final class AcknowledgementTimes {

    /** One country's figures; the times are null when nothing was acknowledged. */
    public record CountryTimes(String country, int alerts, int acknowledged, int overdue, Long medianSeconds, Long p90Seconds,
                               List<Long> secondsEach) {
    }

    public List<CountryTimes> perCountry(List<Observations.Alert> alerts, int compression) {
        Map<String, List<Observations.Alert>> byCountry = new TreeMap<>();
        for (Observations.Alert alert : alerts) {
            byCountry.computeIfAbsent(alert.country(), c -> new ArrayList<>()).add(alert);
        }
        List<CountryTimes> times = new ArrayList<>();
        byCountry.forEach((country, list) -> {
            List<Long> seconds = new ArrayList<>();
            int overdue = 0;
            for (Observations.Alert a : list) {
                if (a.acknowledgedAt() != null && a.dispatchedAt() != null) {
                    seconds.add(ExpectationScoring.exerciseSeconds(a.dispatchedAt(), a.acknowledgedAt(), compression));
                }
                if (a.overdueAt() != null) {
                    overdue++;
                }
            }
            Collections.sort(seconds);
            times.add(new CountryTimes(country, list.size(), seconds.size(), overdue, percentile(seconds, 50), percentile(seconds, 90),
                    List.copyOf(seconds)));
        });
        return times;
    }

    /** Nearest-rank percentile of sorted values; null for none. */
    public static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
