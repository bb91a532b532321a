package eu.cyberplan.contactpoints.comcheck;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Answer rate and response times per country over the last {@code comchecks} comchecks ({@code GET /comchecks/statistics}). */
@Serdeable
public record StatisticsView(int comchecks, List<Item> items) {

    /** One country's figures; the times are null when it never answered. */
    @Serdeable
    public record Item(String country, int asked, int answered, double answerRate, @Nullable Double medianResponseSeconds,
                       @Nullable Long p90ResponseSeconds) {
    }

    static StatisticsView of(int comchecks, List<ComcheckStatistics.CountryFigures> figures) {
        return new StatisticsView(comchecks, figures.stream().map(f -> new Item(f.country(), f.asked(), f.answered(), f.answerRate(),
                f.medianResponseSeconds(), f.p90ResponseSeconds())).toList());
    }
}
