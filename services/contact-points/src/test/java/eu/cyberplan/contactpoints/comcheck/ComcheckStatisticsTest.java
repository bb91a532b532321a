package eu.cyberplan.contactpoints.comcheck;

import eu.cyberplan.contactpoints.comcheck.ComcheckStatistics.CountryFigures;
import eu.cyberplan.contactpoints.comcheck.ComcheckStatistics.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ComcheckStatisticsTest {

    /** One country's responses over several comchecks, in the order they came; {@code -} is a comcheck it did not answer. */
    @ParameterizedTest(name = "[{0}] -> asked {1}, answered {2}, rate {3}, median {4}, p90 {5}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # responses (s)                    | asked | answered | rate | median | p90
            -                                  | 1     | 0        | 0.0  | null   | null
            - - -                              | 3     | 0        | 0.0  | null   | null
            42                                 | 1     | 1        | 1.0  | 42.0   | 42
            30 10                              | 2     | 2        | 1.0  | 20.0   | 30
            10 11                              | 2     | 2        | 1.0  | 10.5   | 11
            30 10 20                           | 3     | 3        | 1.0  | 20.0   | 30
            40 10 30 20                        | 4     | 4        | 1.0  | 25.0   | 40
            50 40 30 20 10                     | 5     | 5        | 1.0  | 30.0   | 50
            1 2 3 4 5 6 7 8 9 10               | 10    | 10       | 1.0  | 5.5    | 9
            1 2 3 4 5 6 7 8 9 10 11            | 11    | 11       | 1.0  | 6.0    | 10
            1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 | 20 | 20 | 1.0 | 10.5 | 18
            - 10 - 30                          | 4     | 2        | 0.5  | 20.0   | 30
            60 - - -                           | 4     | 1        | 0.25 | 60.0   | 60
            900 - 60 120 -                     | 5     | 3        | 0.6  | 120.0  | 900
            0 0 0                              | 3     | 3        | 1.0  | 0.0    | 0
            """)
    void shouldComputeRateMedianAndNearestRankP90OverTheAnsweredChecksOnly(String responses, int asked, int answered, double rate,
                                                                          Double median, Long p90) {
        List<Observation> observations = Arrays.stream(responses.trim().split("\\s+"))
                .map(r -> new Observation("EE", "-".equals(r) ? null : Long.valueOf(r))).toList();

        assertThat(ComcheckStatistics.perCountry(observations)).singleElement().satisfies(figures -> {
            assertThat(figures.country()).isEqualTo("EE");
            assertThat(figures.asked()).isEqualTo(asked);
            assertThat(figures.answered()).isEqualTo(answered);
            assertThat(figures.answerRate()).isCloseTo(rate, within(1e-9));
            assertThat(figures.medianResponseSeconds()).isEqualTo(median);
            assertThat(figures.p90ResponseSeconds()).isEqualTo(p90);
        });
    }

    @Test
    void shouldKeepEachCountrysFiguresApartInCodeOrder() {
        List<CountryFigures> figures = ComcheckStatistics.perCountry(List.of(
                new Observation("LV", 100L), new Observation("EE", 5L), new Observation("LT", null),
                new Observation("LV", null), new Observation("EE", 15L)));

        assertThat(figures).containsExactly(
                new CountryFigures("EE", 2, 2, 1.0, 10.0, 15L),
                new CountryFigures("LT", 1, 0, 0.0, null, null),
                new CountryFigures("LV", 2, 1, 0.5, 100.0, 100L));
    }

    @Test
    void shouldHaveNoFiguresWithoutComchecks() {
        assertThat(ComcheckStatistics.perCountry(List.of())).isEmpty();
    }
}
