package eu.cyberplan.platform.parking;

import eu.cyberplan.testing.TestHttp;

/** Reads a figure off {@code /prometheus}, as a monitoring system would. */
public final class PrometheusScrape {

    private PrometheusScrape() {
    }

    /** The sum of a series over the samples whose labels contain {@code labels} (e.g. {@code side="OUTBOX"}). */
    public static double sum(TestHttp api, String name, String labels) {
        return api.get("/prometheus", null).body().lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
