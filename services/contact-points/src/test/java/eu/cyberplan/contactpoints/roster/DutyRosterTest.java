package eu.cyberplan.contactpoints.roster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static eu.cyberplan.contactpoints.roster.DutyRole.BACKUP;
import static eu.cyberplan.contactpoints.roster.DutyRole.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

/** Who is on duty and where the roster leaves gaps, with the day as hours from midnight UTC. */
class DutyRosterTest {

    private static final Instant DAY = Instant.parse("2026-11-23T00:00:00Z");

    private static Instant h(double hours) {
        return DAY.plus(Duration.ofSeconds((long) (hours * 3600)));
    }

    private static Shift shift(String person, DutyRole role, double start, double end) {
        return new Shift(person, role, h(start), h(end));
    }

    private static Gap gap(double start, double end) {
        return new Gap(PRIMARY, h(start), h(end));
    }

    static Stream<Arguments> gapCases() {
        return Stream.of(
                Arguments.of("nobody on duty", List.of(), List.of(gap(0, 24))),
                Arguments.of("one shift covers the day", List.of(shift("a", PRIMARY, 0, 24)), List.of()),
                Arguments.of("adjacent shifts leave no gap", List.of(shift("a", PRIMARY, 0, 8), shift("b", PRIMARY, 8, 16),
                        shift("c", PRIMARY, 16, 24)), List.of()),
                Arguments.of("an hour between two shifts", List.of(shift("a", PRIMARY, 0, 8), shift("b", PRIMARY, 9, 24)), List.of(gap(8, 9))),
                Arguments.of("overlapping shifts of two people", List.of(shift("a", PRIMARY, 0, 12), shift("b", PRIMARY, 6, 18)), List.of(gap(18, 24))),
                Arguments.of("a shift inside another", List.of(shift("a", PRIMARY, 0, 20), shift("b", PRIMARY, 2, 3)), List.of(gap(20, 24))),
                Arguments.of("shifts reaching over both ends", List.of(shift("a", PRIMARY, -5, 5), shift("b", PRIMARY, 5, 30)), List.of()),
                Arguments.of("a shift in the middle", List.of(shift("a", PRIMARY, 2, 4)), List.of(gap(0, 2), gap(4, 24))),
                Arguments.of("a backup does not cover the primary", List.of(shift("a", BACKUP, 0, 24)), List.of(gap(0, 24))),
                Arguments.of("shifts outside the window", List.of(shift("a", PRIMARY, -10, 0), shift("b", PRIMARY, 24, 30)), List.of(gap(0, 24))),
                Arguments.of("a one-second gap", List.of(shift("a", PRIMARY, 0, 12), shift("b", PRIMARY, 12 + 1 / 3600.0, 24)),
                        List.of(gap(12, 12 + 1 / 3600.0))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gapCases")
    void shouldFindEveryGapExactly(String name, List<Shift> shifts, List<Gap> expected) {
        assertThat(new DutyRoster(shifts).gaps(PRIMARY, h(0), h(24))).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "at {0} h the primary is {1}")
    @CsvSource(nullValues = "nobody", value = {
            "7.999, nobody", "8, a", "19.999, a", "20, b", "23.999, b", "24, nobody",
            // a and b overlap from 19 to 20: the one who started last has taken over
            "19.5, a"})
    void shouldAnswerWhoIsOnDutyWithStartInclusiveAndEndExclusive(double at, String expected) {
        DutyRoster roster = new DutyRoster(List.of(shift("a", PRIMARY, 8, 20), shift("b", PRIMARY, 20, 24)));
        assertThat(roster.onDutyAt(PRIMARY, h(at)).map(Shift::person).orElse(null)).isEqualTo(expected);
    }

    @Test
    void shouldHandOverToTheOfficerWhoStartedLast() {
        DutyRoster roster = new DutyRoster(List.of(shift("outgoing", PRIMARY, 0, 12), shift("incoming", PRIMARY, 11.5, 24)));
        assertThat(roster.onDutyAt(PRIMARY, h(11.75)).orElseThrow().person()).isEqualTo("incoming");
        assertThat(roster.onDutyAt(BACKUP, h(11.75))).isEmpty();
    }

    static Stream<Arguments> overlapCases() {
        return Stream.of(
                Arguments.of("one after the other", List.of(shift("a", PRIMARY, 0, 8), shift("a", PRIMARY, 8, 16)), false),
                Arguments.of("one hour twice", List.of(shift("a", PRIMARY, 0, 8), shift("a", PRIMARY, 7, 16)), true),
                Arguments.of("two people at once", List.of(shift("a", PRIMARY, 0, 8), shift("b", PRIMARY, 0, 8)), false),
                Arguments.of("primary and backup at once", List.of(shift("a", PRIMARY, 0, 8), shift("a", BACKUP, 4, 12)), true),
                Arguments.of("a short shift inside a long one", List.of(shift("a", PRIMARY, 0, 24), shift("b", PRIMARY, 1, 2),
                        shift("a", BACKUP, 20, 21)), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlapCases")
    void shouldRefuseOnePersonOnTwoShiftsAtOnce(String name, List<Shift> shifts, boolean overlap) {
        assertThat(DutyRoster.firstOverlapOfOnePerson(shifts).isPresent()).isEqualTo(overlap);
    }

    @ParameterizedTest(name = "{0} {1} lasts {2} h")
    @CsvSource({
            "Europe/Tallinn, 2026-W13, 167", "Europe/Tallinn, 2026-W43, 169", "Europe/Tallinn, 2026-W20, 168",
            "Europe/Lisbon, 2026-W13, 167", "Europe/Lisbon, 2026-W43, 169", "Europe/Lisbon, 2026-W53, 168",
            "Atlantic/Reykjavik, 2026-W13, 168"})
    void shouldMeasureAWeekInTheCountrysCalendar(String zone, String week, long hours) {
        assertThat(RosterWeek.parse(week, ZoneId.of(zone)).orElseThrow().length()).isEqualTo(Duration.ofHours(hours));
    }

    @ParameterizedTest(name = "{0} is no week")
    @CsvSource({"2027-W53", "2026-W00", "2026-W54", "2026-13", "W13", "2026-W1"})
    void shouldRefuseWhatIsNoIsoWeek(String text) {
        assertThat(RosterWeek.parse(text, ZoneId.of("Europe/Tallinn"))).isEmpty();
    }

    /** A 12-hour rota drawn in local time (08:00 and 20:00) covers both DST weeks; 14 shifts of 12 h do not. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"Europe/Tallinn, 2026-W13", "Europe/Tallinn, 2026-W43", "Europe/Lisbon, 2026-W13", "Europe/Lisbon, 2026-W43"})
    void shouldCoverADstWeekWithALocalTimeRotaAndFindTheHourANaiveRotaMisses(String zoneName, String weekName) {
        ZoneId zone = ZoneId.of(zoneName);
        RosterWeek week = RosterWeek.parse(weekName, zone).orElseThrow();
        List<Shift> local = new ArrayList<>();
        LocalDate monday = week.start().atZone(zone).toLocalDate();
        for (int day = -1; day < 7; day++) {
            LocalDate date = monday.plusDays(day);
            local.add(new Shift("day", PRIMARY, date.atTime(LocalTime.of(8, 0)).atZone(zone).toInstant(),
                    date.atTime(LocalTime.of(20, 0)).atZone(zone).toInstant()));
            local.add(new Shift("night", PRIMARY, date.atTime(LocalTime.of(20, 0)).atZone(zone).toInstant(),
                    date.plusDays(1).atTime(LocalTime.of(8, 0)).atZone(zone).toInstant()));
        }
        assertThat(new DutyRoster(local).gaps(PRIMARY, week.start(), week.end())).isEmpty();

        List<Shift> naive = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            naive.add(new Shift("p" + i % 2, PRIMARY, week.start().plus(Duration.ofHours(12L * i)), week.start().plus(Duration.ofHours(12L * (i + 1)))));
        }
        List<Gap> gaps = new DutyRoster(naive).gaps(PRIMARY, week.start(), week.end());
        if (week.length().toHours() == 169) {
            assertThat(gaps).containsExactly(new Gap(PRIMARY, week.end().minus(Duration.ofHours(1)), week.end()));
        } else {
            assertThat(gaps).isEmpty();
        }
    }
}
