package eu.cyberplan.contactpoints.boundary;

import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON boundary on the cases of the probe of issue 17: no coercion between JSON types, no trailing data, no NUL,
 * bounded lists and strings, bounded pages, and a roster PUT that can no longer wipe a country's roster.
 */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictInputIT implements TestPropertyProvider {

    private static final String NCP_EE = TestTokens.bearer("ncp.ee", "EE", "NCP");
    private static final String WINDOW = "/api/v1/countries/EE/roster?from=2031-01-01T00:00:00Z&to=2031-01-03T00:00:00Z";
    private static final String SHIFT = "{\"person\":\"duty.ee\",\"role\":\"PRIMARY\",\"start\":\"2031-01-01T06:00:00Z\",\"end\":\"2031-01-01T18:00:00Z\"}";

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        return ServiceUnderTest.of("contact_points").properties();
    }

    @BeforeAll
    void rosterOfTheWindow() {
        HttpResponse<String> put = http().put("/api/v1/countries/EE/roster", NCP_EE,
                "{\"from\":\"2031-01-01T00:00:00Z\",\"to\":\"2031-01-03T00:00:00Z\",\"shifts\":[" + SHIFT + "]}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    }

    /** The wipe of the probe: a number for {@code from} was read as 1970, and the window had no bound. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "from as a number                 | {\"from\":12345,\"to\":\"2031-01-02T00:00:00Z\",\"shifts\":[]}                                  | 422 | from",
            "from as a numeric string         | {\"from\":\"12345\",\"to\":\"2031-01-02T00:00:00Z\",\"shifts\":[]}                              | 422 | from",
            "a window of 61 years             | {\"from\":\"1970-01-01T00:00:00Z\",\"to\":\"2031-01-02T00:00:00Z\",\"shifts\":[]}               | 422 | to",
            "shifts without to                | {\"from\":\"2031-01-01T00:00:00Z\",\"shifts\":[" + "]}                                             | 422 | to",
            "a boolean for a person           | {\"from\":\"2031-01-01T00:00:00Z\",\"to\":\"2031-01-02T00:00:00Z\",\"shifts\":[{\"person\":true}]} | 422 | shifts[0].person",
            "NUL in a person                  | {\"from\":\"2031-01-01T00:00:00Z\",\"to\":\"2031-01-02T00:00:00Z\",\"shifts\":[{\"person\":\"a\\u0000\"}]} | 422 | shifts[0].person",
            "the year 999999                  | {\"from\":\"+999999-01-01T00:00:00Z\",\"to\":\"2031-01-02T00:00:00Z\",\"shifts\":[]}            | 422 | from",
            "a list where an object belongs   | {\"from\":\"2031-01-01T00:00:00Z\",\"to\":\"2031-01-02T00:00:00Z\",\"shifts\":[[]]}              | 422 | shifts[0]",
            "trailing data                    | {\"from\":\"2031-01-01T00:00:00Z\",\"to\":\"2031-01-02T00:00:00Z\",\"shifts\":[]} {}             | 400 | ''"})
    void shouldRefuseAHostileRosterAndLeaveTheRosterAsItWas(String what, String body, int status, String field) throws IOException {
        String before = http().get(WINDOW, NCP_EE).body();
        HttpResponse<String> put = http().put("/api/v1/countries/EE/roster", NCP_EE, body);
        assertProblem(put, status, field);
        assertThat(http().get(WINDOW, NCP_EE).body()).isEqualTo(before).contains("duty.ee");
    }

    @Test
    void shouldRefuseNulInTheLoginNamingTheFieldAndStillLetTheUserIn() throws IOException {
        assertProblem(http().post("/api/v1/login", null, "{\"username\":\"duty.ee\\u0000\",\"password\":\"demo\"}"), 422, "username");
        assertProblem(http().post("/api/v1/login", null, "{\"username\":\"duty.ee\",\"password\":\"demo\"} garbage"), 400, "");
        assertProblem(http().post("/api/v1/login", null, "{\"username\":\"duty.ee\",\"password\":12345}"), 422, "password");
        assertThat(http().post("/api/v1/login", null, "{\"username\":\"duty.ee\",\"password\":\"demo\"}").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "21 roles             | {\"name\":\"Backup\",\"roles\":[" + "\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\",\"R\"]} | roles",
            "a 41-character phone | {\"name\":\"Backup\",\"phone\":\"+372 600 0000 0000 0000 0000 0000 0000 00\"}        | phone",
            "a line break in name | {\"name\":\"Back\\nup\"}                                                            | name",
            "a number for a name  | {\"name\":12345}                                                                  | name"})
    void shouldBoundPeopleAndTheirRolesAndPhones(String what, String body, String field) throws IOException {
        assertProblem(http().put("/api/v1/countries/EE/people/backup.ee", NCP_EE, body), 422, field);
    }

    @Test
    void shouldStoreAPersonWithinTheBounds() {
        HttpResponse<String> saved = http().put("/api/v1/countries/EE/people/backup.ee", NCP_EE,
                "{\"name\":\"Backup Officer\",\"phone\":\"+372 600 0000\",\"roles\":[\"DUTY_OFFICER\"]}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/inbox?page=2147483647                     | 422 | page",
            "/api/v1/inbox?page=-1                             | 422 | page",
            "/api/v1/inbox?size=501                            | 422 | size",
            "/api/v1/inbox?page=abc                            | 400 | page",
            "/api/v1/comchecks?page=2147483647                 | 422 | page",
            "/api/v1/checklists?page=2147483647                | 422 | page",
            "/api/v1/countries/EE/handovers?page=2147483647    | 422 | page",
            "/api/v1/countries/EE/notifications?page=2147483647 | 422 | page",
            "/api/v1/countries/EE/on-duty?at=%00               | 422 | at",
            "/api/v1/inbox?status=NEW%00                       | 422 | status"})
    void shouldRefuseAnOutOfBoundQueryParameterNamingIt(String path, int status, String field) throws IOException {
        assertProblem(http().get(path, NCP_EE), status, field);
    }

    @Test
    void shouldStillServeTheFirstPageAndTheLargestSize() {
        assertThat(http().get("/api/v1/inbox?page=0&size=500", NCP_EE).statusCode()).isEqualTo(200);
        assertThat(http().get("/api/v1/inbox?page=100000", NCP_EE).statusCode()).isEqualTo(200);
    }

    private void assertProblem(HttpResponse<String> response, int status, String field) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        Map<String, Object> problem = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        assertThat(problem).containsEntry("status", status);
        if (!field.isEmpty()) {
            List<Object> fields = ((List<?>) problem.get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field")).map(Object.class::cast).toList();
            assertThat(fields).as(response.body()).contains(field);
        }
    }

    private TestHttp http() {
        return new TestHttp(server.getURL());
    }
}
