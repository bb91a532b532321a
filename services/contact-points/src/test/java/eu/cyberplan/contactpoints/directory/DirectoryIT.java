package eu.cyberplan.contactpoints.directory;

import eu.cyberplan.events.v1.ContactPointChanged;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static eu.cyberplan.testing.TestJson.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The directory against real PostgreSQL and Kafka: entries, observers, people, changes published, nodes seen. */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryIT implements TestPropertyProvider {

    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("contact_points");
        Map<String, String> properties = new HashMap<>(service.properties());
        properties.put("cyberplan.node.id", "node-test-eu");
        // Named countries, so that this node never serves the observer added below and beats for it too.
        properties.put("cyberplan.node.countries", "EE,LV,LT");
        properties.put("cyberplan.node.heartbeat.interval", "1s");
        return properties;
    }

    @Test
    void shouldListEveryMemberWithItsNcpAndCsirts() throws Exception {
        Map<String, Object> page = body(http().get("/api/v1/countries", TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER")));
        List<Map<String, Object>> countries = items(page);
        assertThat(countries.stream().filter(c -> Boolean.TRUE.equals(c.get("member")))).hasSize(30);
        Map<String, Object> estonia = countries.stream().filter(c -> "EE".equals(c.get("code"))).findFirst().orElseThrow();
        assertThat(estonia).containsEntry("name", "Estonia").containsEntry("timeZones", List.of("Europe/Tallinn")).containsEntry("languages", List.of("et"));
        assertThat(((Map<?, ?>) estonia.get("ncp")).get("primary")).isNotNull();
        assertThat((List<?>) estonia.get("csirts")).isNotEmpty();
        assertThat(body(http().get("/api/v1/countries/el", COORDINATOR))).containsEntry("code", "GR");
    }

    @Test
    void shouldLetACountryChangeItsEntryAndPublishItInFull() throws Exception {
        String entry = """
                {"ncp": {"primary": "ncp@cert.ee", "backup": "+372 600 0000"}, "cycloneLiaison": "cyclone@ria.ee",
                 "singlePointOfContact": "spoc@ria.ee", "languages": ["et", "en"],
                 "csirts": [{"name": "CERT-EE", "email": "cert@cert.ee", "phone": "+372 663 0299", "ncp": true},
                            {"name": "CERT-EE Gov", "email": "gov@cert.ee", "ncp": false}]}""";
        try (TopicReader directory = service.reader("directory.v1")) {
            HttpResponse<String> put = http().put("/api/v1/countries/EE", TestTokens.bearer("ncp.ee", "EE", "NCP"), entry);
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
            assertThat(body(put)).containsEntry("cycloneLiaison", "cyclone@ria.ee").containsEntry("languages", List.of("et", "en"));
            await().atMost(Duration.ofSeconds(30)).until(() -> directory.ofType(EventTypes.CONTACT_POINT_CHANGED).stream()
                    .anyMatch(r -> "EE/contact-point.changed".equals(r.key()) && published(r.value()).csirts().size() == 2
                            && "ncp@cert.ee".equals(published(r.value()).ncpPrimary())));
        }
        assertProblem(http().put("/api/v1/countries/EE", TestTokens.bearer("ncp.lv", "LV", "NCP"), entry), 403);
        assertProblem(http().put("/api/v1/countries/EE", TestTokens.bearer("planner", "EU", "EXERCISE_PLANNER"), entry), 403);
        assertThat(http().put("/api/v1/countries/EE", null, entry).statusCode()).isEqualTo(401);
        HttpResponse<String> broken = http().put("/api/v1/countries/EE", TestTokens.bearer("ncp.ee", "EE", "NCP"),
                "{\"ncp\": {\"primary\": \"ncp@cert.ee\"}, \"timeZones\": [\"Europe/Atlantis\"], \"languages\": [\"xx\"]}");
        assertProblem(broken, 422);
        assertThat(broken.body()).contains("ncp.backup", "timeZones[0]", "languages[0]");
        HttpResponse<String> noZone = http().put("/api/v1/countries/EE", TestTokens.bearer("ncp.ee", "EE", "NCP"),
                "{\"ncp\": {\"primary\": \"ncp@cert.ee\", \"backup\": \"+372\"}, \"timeZones\": []}");
        assertProblem(noZone, 422);
        assertThat(errorFields(noZone.body())).contains("timeZones");
    }

    @Test
    void shouldLetOnlyACoordinatorAddAnObserver() throws Exception {
        String ukraine = """
                {"code": "UA", "name": "Ukraine", "timeZones": ["Europe/Kyiv"], "languages": ["uk"],
                 "ncp": {"primary": "ncp@cert.gov.ua", "backup": "+380 44 000 0000"},
                 "csirts": [{"name": "CERT-UA", "email": "cert@cert.gov.ua", "ncp": true}]}""";
        assertProblem(http().post("/api/v1/countries", TestTokens.bearer("ncp.pl", "PL", "NCP"), ukraine), 403);
        HttpResponse<String> added = http().post("/api/v1/countries", COORDINATOR, ukraine);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("Location")).hasValue("/api/v1/countries/UA");
        assertThat(body(added)).containsEntry("member", false).containsEntry("code", "UA");
        assertThat(http().get("/api/v1/countries/UA/on-duty", COORDINATOR).statusCode()).isEqualTo(200);

        assertProblem(http().post("/api/v1/countries", COORDINATOR, ukraine), 409);
        assertProblem(http().post("/api/v1/countries", COORDINATOR, ukraine.replace("\"UA\"", "\"EE\"")), 409);
        HttpResponse<String> unknown = http().post("/api/v1/countries", COORDINATOR, ukraine.replace("\"UA\"", "\"XX\""));
        assertProblem(unknown, 422);
        assertThat(errorFields(unknown.body())).contains("code");
    }

    @Test
    void shouldKeepThePeopleOfACountry() throws Exception {
        String person = "{\"name\": \"Mari Maasikas\", \"email\": \"mari@cert.ee\", \"phone\": \"+372 5000 0000\", \"roles\": [\"DUTY_OFFICER\"]}";
        HttpResponse<String> saved = http().put("/api/v1/countries/EE/people/mari.m", TestTokens.bearer("ncp.ee", "EE", "NCP"), person);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(http().get("/api/v1/countries/EE/people", TestTokens.bearer("ncp.lv", "LV", "NCP")).body()).contains("mari@cert.ee");
        assertProblem(http().put("/api/v1/countries/EE/people/mari.m", TestTokens.bearer("ncp.lv", "LV", "NCP"), person), 403);
        HttpResponse<String> invalid = http().put("/api/v1/countries/EE/people/mari.m", TestTokens.bearer("ncp.ee", "EE", "NCP"),
                "{\"name\": \"\", \"email\": \"not-an-address\"}");
        assertProblem(invalid, 422);
        assertThat(errorFields(invalid.body())).contains("name", "email");
    }

    @Test
    void shouldShowWhenEachCountrysNodeWasLastSeen() throws Exception {
        // This node serves the Baltic countries and beats every second.
        await().atMost(Duration.ofSeconds(30)).until(() -> lastSeen("EE") != null);
        assertThat(lastSeen("FR")).as("no node serves FR").isNull();

        // Another node, serving only an observer, beat once an hour ago and then went silent.
        Instant then = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("directory.v1"), "node/node-ch-1", UUID.randomUUID(), EventTypes.NODE_HEARTBEAT,
                    "{\"nodeId\":\"node-ch-1\",\"service\":\"contact-points\",\"countries\":[\"QA\"],\"at\":\"%s\",\"intervalSeconds\":5}".formatted(then));
        }
        http().post("/api/v1/countries", COORDINATOR, """
                {"code": "QA", "name": "Qatar", "timeZones": ["Asia/Qatar"], "ncp": {"primary": "ncp@qcert.qa", "backup": "+974 0000"}}""");
        await().atMost(Duration.ofSeconds(30)).until(() -> then.toString().equals(lastSeen("QA")));
        assertThat(Instant.parse(lastSeen("EE"))).isAfter(then);
    }

    private ContactPointChanged published(byte[] value) {
        try {
            return json.readValue(value, ContactPointChanged.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String lastSeen(String country) throws IOException {
        return (String) body(http().get("/api/v1/countries/" + country, COORDINATOR)).get("nodeLastSeenAt");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private Map<String, Object> body(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private TestHttp http() {
        return new TestHttp(server.getURL());
    }
}
