package eu.cyberplan.contactpoints.roster;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static eu.cyberplan.testing.TestJson.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Duty rosters against real PostgreSQL and Kafka: who is on duty at the boundaries, gaps of DST weeks, and who may change them. */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterIT implements TestPropertyProvider {

    private static final String NCP_EE = TestTokens.bearer("ncp.ee", "EE", "NCP");
    private static final String DUTY_EE = TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER");

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("contact_points");
        return service.properties();
    }

    @Test
    void shouldAnswerWhoIsOnDutyWithShiftsStartingInclusiveAndEndingExclusive() throws Exception {
        HttpResponse<String> put = http().put("/api/v1/countries/EE/roster", NCP_EE, roster("2027-02-01T00:00:00Z", "2027-02-02T00:00:00Z",
                shift("duty.ee", "PRIMARY", "2027-02-01T06:00:00Z", "2027-02-01T18:00:00Z"),
                shift("night.ee", "PRIMARY", "2027-02-01T18:00:00Z", "2027-02-02T06:00:00Z"),
                shift("ncp.ee", "BACKUP", "2027-02-01T00:00:00Z", "2027-02-02T00:00:00Z")));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        assertThat(primaryAt("2027-02-01T05:59:59.999Z")).isNull();
        assertThat(primaryAt("2027-02-01T06:00:00Z")).isEqualTo("duty.ee");
        assertThat(primaryAt("2027-02-01T17:59:59.999Z")).isEqualTo("duty.ee");
        assertThat(primaryAt("2027-02-01T18:00:00Z")).isEqualTo("night.ee");
        assertThat(primaryAt("2027-02-02T06:00:00Z")).isNull();

        Map<String, Object> onDuty = body(http().get("/api/v1/countries/EE/on-duty?at=2027-02-01T23:59:59.999Z", DUTY_EE));
        assertThat(field(onDuty, "backup", "person")).isEqualTo("ncp.ee");
        assertThat(field(onDuty, "primary", "shiftStartLocal")).as("Tallinn is UTC+2 in February").isEqualTo("2027-02-01T20:00:00+02:00");
        assertThat(body(http().get("/api/v1/countries/EE/on-duty?at=2027-02-02T00:00:00Z", DUTY_EE)).get("backup")).isNull();
    }

    /** Fourteen 12-hour shifts from Monday 00:00 local time: the week the clocks go back has one hour nobody holds. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"EE, Europe/Tallinn, 2027-W12, 167", "EE, Europe/Tallinn, 2027-W43, 169",
            "PT, Europe/Lisbon, 2027-W12, 167", "PT, Europe/Lisbon, 2027-W43, 169"})
    void shouldReportEveryGapOfADstWeekExactly(String country, String zoneName, String week, long hours) throws Exception {
        ZoneId zone = ZoneId.of(zoneName);
        LocalDate monday = LocalDate.of(2027, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(week.substring(6)))
                .with(DayOfWeek.MONDAY);
        Instant start = monday.atStartOfDay(zone).toInstant();
        Instant end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        String cc = country.toLowerCase();
        List<String> shifts = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            shifts.add(shift(i % 2 == 0 ? "duty." + cc : "night." + cc, "PRIMARY", start.plus(Duration.ofHours(12L * i)).toString(),
                    start.plus(Duration.ofHours(12L * (i + 1))).toString()));
        }
        String owner = TestTokens.bearer("ncp." + cc, country, "NCP");
        HttpResponse<String> put = http().put("/api/v1/countries/" + country + "/roster", owner,
                roster(start.toString(), end.toString(), shifts.toArray(String[]::new)));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        Map<String, Object> coverage = body(http().get("/api/v1/countries/" + country + "/coverage?week=" + week, owner));
        assertThat(coverage).containsEntry("week", week).containsEntry("hours", (int) hours).containsEntry("timeZone", zoneName)
                .containsEntry("covered", false).containsEntry("backupGapMinutes", (int) hours * 60);
        List<Map<String, Object>> primaryGaps = gaps(coverage, "PRIMARY");
        if (hours == 169) {
            assertThat(primaryGaps).singleElement().satisfies(gap -> {
                assertThat(gap).containsEntry("start", end.minus(Duration.ofHours(1)).toString()).containsEntry("end", end.toString())
                        .containsEntry("minutes", 60);
            });
        } else {
            assertThat(primaryGaps).isEmpty();
        }
        assertThat(coverage.get("primaryGapMinutes")).isEqualTo(hours == 169 ? 60 : 0);
    }

    /** A day-long backup with twenty half-hour backups inside it: the long one is still on duty after the short ones end. */
    @Test
    void shouldFindALongShiftBehindManyShortOnes() throws Exception {
        List<String> shifts = new ArrayList<>();
        shifts.add(shift("ncp.ee", "BACKUP", "2027-03-10T00:00:00Z", "2027-03-11T00:00:00Z"));
        Instant start = Instant.parse("2027-03-10T00:00:00Z");
        for (int i = 0; i < 20; i++) {
            shifts.add(shift("night.ee", "BACKUP", start.plus(Duration.ofMinutes(30L * i)).toString(), start.plus(Duration.ofMinutes(30L * i + 30)).toString()));
        }
        HttpResponse<String> put = http().put("/api/v1/countries/EE/roster", NCP_EE,
                roster("2027-03-10T00:00:00Z", "2027-03-11T00:00:00Z", shifts.toArray(String[]::new)));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(field(body(http().get("/api/v1/countries/EE/on-duty?at=2027-03-10T05:15:00Z", DUTY_EE)), "backup", "person")).isEqualTo("night.ee");
        assertThat(field(body(http().get("/api/v1/countries/EE/on-duty?at=2027-03-10T12:00:00Z", DUTY_EE)), "backup", "person")).isEqualTo("ncp.ee");
    }

    @Test
    void shouldRefuseOnePersonOnTwoShiftsAtOnceAndWriteNothing() throws Exception {
        String window = roster("2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z", shift("duty.ee", "PRIMARY", "2027-03-01T06:00:00Z", "2027-03-01T18:00:00Z"));
        assertThat(http().put("/api/v1/countries/EE/roster", NCP_EE, window).statusCode()).isEqualTo(200);

        HttpResponse<String> twice = http().put("/api/v1/countries/EE/roster", NCP_EE, roster("2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z",
                shift("night.ee", "PRIMARY", "2027-03-01T00:00:00Z", "2027-03-01T12:00:00Z"),
                shift("night.ee", "BACKUP", "2027-03-01T11:00:00Z", "2027-03-01T20:00:00Z")));
        assertProblem(twice, 409, "night.ee");

        // A new window may not book someone who is on duty in a shift that started before it.
        HttpResponse<String> acrossTheWindow = http().put("/api/v1/countries/EE/roster", NCP_EE, roster("2027-03-01T12:00:00Z", "2027-03-02T00:00:00Z",
                shift("duty.ee", "BACKUP", "2027-03-01T17:00:00Z", "2027-03-01T23:00:00Z")));
        assertProblem(acrossTheWindow, 409, "duty.ee");

        Map<String, Object> unchanged = body(http().get("/api/v1/countries/EE/roster?from=2027-03-01T00:00:00Z&to=2027-03-02T00:00:00Z", NCP_EE));
        assertThat((List<?>) unchanged.get("shifts")).singleElement().satisfies(s -> assertThat(((Map<?, ?>) s).get("person")).isEqualTo("duty.ee"));
    }

    @Test
    void shouldNameEveryWrongFieldOfAShift() {
        HttpResponse<String> response = http().put("/api/v1/countries/EE/roster", NCP_EE, roster("2027-04-01T00:00:00Z", "2027-04-03T00:00:00Z",
                shift("duty.ee", "PRIMARY", "2027-04-01T18:00:00Z", "2027-04-01T06:00:00Z"),
                shift("duty.ee", "CAPTAIN", "2027-04-02T06:00:00Z", "2027-04-02T18:00:00Z")));
        assertProblem(response, 422, "shifts[0].end");
        assertThat(response.body()).contains("shifts[1].role");

        assertProblem(http().put("/api/v1/countries/EE/roster", NCP_EE, roster("2027-04-01T00:00:00Z", "2027-04-02T00:00:00Z",
                shift("duty.lv", "PRIMARY", "2027-04-01T06:00:00Z", "2027-04-01T18:00:00Z"))), 422, "shifts[0].person");
        assertProblem(http().put("/api/v1/countries/EE/roster", NCP_EE, "{\"shifts\": [{\"person\": "), 400, "");
        assertProblem(http().get("/api/v1/countries/EE/on-duty?at=yesterday", NCP_EE), 422, "at");
        assertProblem(http().get("/api/v1/countries/EE/coverage?week=2027-W60", NCP_EE), 422, "week");
    }

    @Test
    void shouldTellAnUnknownCountryFromOneOutsideThePlan() {
        assertProblem(http().get("/api/v1/countries/XX/on-duty", NCP_EE), 422, "cc");
        assertProblem(http().get("/api/v1/countries/US/on-duty", NCP_EE), 404, "US");
        HttpResponse<String> greece = http().get("/api/v1/countries/EL/on-duty", NCP_EE);
        assertThat(greece.statusCode()).isEqualTo(200);
        assertThat(at(greece.body(), "country")).as("EL is stored as GR").isEqualTo("GR");
    }

    @Test
    void shouldLetOnlyTheCountrysOwnPeopleOrACoordinatorChangeItsRoster() {
        String body = roster("2027-05-03T00:00:00Z", "2027-05-04T00:00:00Z", shift("duty.lv", "PRIMARY", "2027-05-03T06:00:00Z", "2027-05-03T18:00:00Z"));
        String path = "/api/v1/countries/LV/roster";
        assertProblem(http().put(path, TestTokens.bearer("ncp.lt", "LT", "NCP"), body), 403, "LV");
        assertProblem(http().put(path, TestTokens.bearer("planner", "EU", "EXERCISE_PLANNER"), body), 403, "");
        assertProblem(http().put(path, TestTokens.bearer("auditor", "EU", "AUDITOR"), body), 403, "");
        assertProblem(http().put(path, TestTokens.bearer("planner", "EU", "EXERCISE_PLANNER"), "{not json"), 403, "");
        assertThat(http().put(path, null, body).statusCode()).isEqualTo(401);
        assertThat(http().put(path, TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER"), body).statusCode()).isEqualTo(200);
        assertThat(http().put(path, TestTokens.bearer("coordinator", "EU", "COORDINATOR"), body).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldPublishTheChangedWindowWithItsGaps() {
        try (TopicReader directory = service.reader("directory.v1")) {
            assertThat(http().put("/api/v1/countries/LT/roster", TestTokens.bearer("ncp.lt", "LT", "NCP"), roster("2027-06-07T00:00:00Z",
                    "2027-06-08T00:00:00Z", shift("duty.lt", "PRIMARY", "2027-06-07T00:00:00Z", "2027-06-07T12:00:00Z"))).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> directory.ofType(EventTypes.ROSTER_CHANGED).stream()
                    .anyMatch(r -> "LT/roster.changed".equals(r.key()) && new String(r.value()).contains("2027-06-07T12:00:00Z")));
        }
    }

    @Test
    void shouldKeepTheHandoverLogOfTheCountry() throws Exception {
        assertThat(http().put("/api/v1/countries/FI/roster", TestTokens.bearer("ncp.fi", "FI", "NCP"), roster("2027-01-04T00:00:00Z",
                "2027-01-05T00:00:00Z", shift("night.fi", "PRIMARY", "2027-01-04T18:00:00Z", "2027-01-05T00:00:00Z"))).statusCode()).isEqualTo(200);
        String duty = TestTokens.bearer("duty.fi", "FI", "DUTY_OFFICER");
        HttpResponse<String> handover = http().post("/api/v1/countries/FI/handovers", duty,
                "{\"notes\":\"Case EE-2026-000042 waiting for LV acknowledgement; call their backup line at 02:00.\",\"to\":\"night.fi\"}");
        assertThat(handover.statusCode()).as(handover.body()).isEqualTo(201);
        assertThat(body(handover)).containsEntry("from", "duty.fi").containsEntry("to", "night.fi");

        assertProblem(http().post("/api/v1/countries/FI/handovers", duty, "{\"notes\":\" \"}"), 422, "notes");
        assertProblem(http().post("/api/v1/countries/FI/handovers", duty, "{\"notes\":\"x\",\"to\":\"duty.se\"}"), 422, "to");
        assertProblem(http().post("/api/v1/countries/FI/handovers", TestTokens.bearer("duty.se", "SE", "DUTY_OFFICER"), "{\"notes\":\"x\"}"), 403, "FI");
        assertProblem(http().get("/api/v1/countries/FI/handovers", TestTokens.bearer("ncp.se", "SE", "NCP")), 403, "");

        Map<String, Object> log = body(http().get("/api/v1/countries/FI/handovers", TestTokens.bearer("ncp.fi", "FI", "NCP")));
        assertThat(log).containsEntry("total", 1);
        assertThat(body(http().get("/api/v1/countries/FI/handovers", TestTokens.bearer("coordinator", "EU", "COORDINATOR")))).containsEntry("total", 1);
    }

    private String primaryAt(String at) throws IOException {
        HttpResponse<String> response = http().get("/api/v1/countries/EE/on-duty?at=" + at, DUTY_EE);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Object primary = body(response).get("primary");
        return primary == null ? null : (String) ((Map<?, ?>) primary).get("person");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> gaps(Map<String, Object> coverage, String role) {
        return ((List<Map<String, Object>>) coverage.get("gaps")).stream().filter(gap -> role.equals(gap.get("role"))).toList();
    }

    private static Object field(Map<String, Object> object, String child, String name) {
        return ((Map<?, ?>) object.get(child)).get(name);
    }

    private Map<String, Object> body(HttpResponse<String> response) throws IOException {
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String mentioned) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains(mentioned);
    }

    private static String roster(String from, String to, String... shifts) {
        StringJoiner list = new StringJoiner(",", "[", "]");
        for (String shift : shifts) {
            list.add(shift);
        }
        return from == null ? "{\"shifts\":" + list + "}" : "{\"from\":\"%s\",\"to\":\"%s\",\"shifts\":%s}".formatted(from, to, list);
    }

    private static String shift(String person, String role, String start, String end) {
        return "{\"person\":\"%s\",\"role\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}".formatted(person, role, start, end);
    }

    private TestHttp http() {
        return new TestHttp(server.getURL());
    }
}
