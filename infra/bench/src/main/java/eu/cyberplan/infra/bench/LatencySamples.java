package eu.cyberplan.infra.bench;

import java.util.Arrays;

/**
 * Every latency recorded in a phase, in nanoseconds; percentiles by nearest rank over the sorted samples,
 * so nothing is bucketed or averaged away.
 */
final class LatencySamples {

    private long[] nanos = new long[4096];
    private int count;

    synchronized void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = Math.max(0, latencyNanos);
    }

    synchronized int count() {
        return count;
    }

    /** The p-th percentile in milliseconds, NaN when there is no sample. */
    double percentileMillis(double p) {
        return percentileMillis(p, 0);
    }

    /**
     * The p-th percentile in milliseconds when {@code neverArrived} more samples are counted as infinitely late:
     * a delivery that never came is worse than any that did. Infinity when the rank falls among those.
     */
    double percentileMillis(double p, int neverArrived) {
        long[] sorted = sorted();
        int total = sorted.length + neverArrived;
        if (total == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * total);
        int index = Math.max(0, Math.min(total, rank) - 1);
        return index < sorted.length ? sorted[index] / 1_000_000.0 : Double.POSITIVE_INFINITY;
    }

    double maxMillis() {
        long[] sorted = sorted();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1_000_000.0;
    }

    /** One line like {@code p50 12.3 ms  p95 …}, for the percentiles asked. */
    String describe(double... percentiles) {
        StringBuilder line = new StringBuilder();
        for (double p : percentiles) {
            line.append(String.format("p%s %s  ", p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p),
                    millis(percentileMillis(p))));
        }
        return line.append("(n=").append(count()).append(')').toString();
    }

    static String millis(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return Double.isInfinite(value) ? "never" : String.format("%.1f ms", value);
    }

    private synchronized long[] sorted() {
        long[] copy = Arrays.copyOf(nanos, count);
        Arrays.sort(copy);
        return copy;
    }
}
