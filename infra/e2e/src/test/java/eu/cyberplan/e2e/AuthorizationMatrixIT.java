package eu.cyberplan.e2e;

import eu.cyberplan.e2e.AuthorizationMatrix.Access;
import eu.cyberplan.e2e.AuthorizationMatrix.OperationRow;
import eu.cyberplan.e2e.AuthorizationMatrix.Outcome;
import eu.cyberplan.e2e.AuthorizationMatrix.ReadRow;
import eu.cyberplan.e2e.AuthorizationMatrix.Role;
import eu.cyberplan.e2e.OpenApiOperations.Operation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every operation of every service's OpenAPI document × every role (and no token, a forged token, an expired token)
 * × the caller's own and another country, against the table in {@code authorization/operations.tsv}; and every
 * TLP marking × every kind of reader for the incident, its exports and its case, against
 * {@code authorization/tlp-reads.tsv}. A new endpoint without a row fails; a 403 never names what the caller may
 * not see; an unknown route is 404.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final String OTHER_COUNTRY = "LV";
    /** JSON first, as the console asks, but any media type an operation produces (STIX exports, printable pages). */
    private static final String ACCEPT = "application/json, */*;q=0.5";
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Api api = new Api(http);
    private Federation federation;
    private Map<String, String> baseUrls;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    record Call(int status, String body) {
    }

    @BeforeAll
    void startStack() throws Exception {
        federation = Federation.start(http);
        baseUrls = Map.of(
                "contact-points", federation.contactPoints.url(""),
                "incident-reporting", federation.incidentReporting.url(""),
                "escalation", federation.escalation.url(""),
                "exercises", federation.exercises.url(""));
        for (String user : List.of("duty.ee", "ncp.ee", "owner.ee", "ncp.lv", "duty.fr", "coordinator", "planner", "auditor")) {
            tokens.put(user, api.login(federation.contactPoints, user));
        }
    }

    @AfterAll
    void stopStack() throws Exception {
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    void shouldAnswerEveryOperationForEveryRoleAndCountryAsTheTableSays() throws Exception {
        Map<String, OperationRow> table = AuthorizationMatrix.operations();
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, String> service : baseUrls.entrySet()) {
            operations.addAll(OpenApiOperations.of(http, service.getKey(), service.getValue()));
        }
        TreeSet<String> declared = new TreeSet<>();
        operations.forEach(operation -> declared.add(operation.key()));
        assertThat(declared).as("operations in the OpenAPI documents without a row in operations.tsv")
                .isSubsetOf(table.keySet());
        assertThat(table.keySet()).as("rows of operations.tsv that no service declares any more").isSubsetOf(declared);

        HostileTokens hostile = HostileTokens.from(federation.signingKeyFile);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Operation operation : operations) {
            OperationRow row = table.get(operation.key());
            String ownPath = path(operation, "EE");
            checked += expect(wrong, operation, "no token", call(operation, ownPath, null), row.anonymous());
            // A bad token on an anonymous operation is answered as no token would be; elsewhere it is 401.
            Access badToken = row.anonymous() == Access.OK ? Access.OK : Access.UNAUTHENTICATED;
            checked += expect(wrong, operation, "forged token", call(operation, ownPath, hostile.forged), badToken);
            checked += expect(wrong, operation, "expired token", call(operation, ownPath, hostile.expired), badToken);
            for (Role role : Role.values()) {
                Access access = row.byRole().get(role);
                String token = tokens.get(role.username);
                if (operation.path().contains("{cc}")) {
                    // EU-level people belong to no member country: both calls name member countries, with one answer.
                    String first = role.country.equals("EU") ? "EE" : role.country;
                    assertThat(role.country.equals("EU") && access == Access.OWN_COUNTRY).as(operation.key() + ": 'own' is for national roles").isFalse();
                    checked += expect(wrong, operation, role + " country " + first, call(operation, path(operation, first), token),
                            access == Access.OWN_COUNTRY ? Access.OK : access);
                    checked += expect(wrong, operation, role + " country " + OTHER_COUNTRY, call(operation, path(operation, OTHER_COUNTRY), token),
                            access == Access.OWN_COUNTRY ? Access.DENIED : access);
                } else {
                    assertThat(access).as(operation.key() + ": 'own' needs a {cc} in the path").isNotEqualTo(Access.OWN_COUNTRY);
                    checked += expect(wrong, operation, role.toString(), call(operation, path(operation, role.country), token), access);
                }
            }
        }
        System.out.printf("Authorization matrix: %d operations x (%d roles x own/other country + no/forged/expired token) = %d requests checked%n",
                operations.size(), Role.values().length, checked);
        assertThat(wrong).as("answers that differ from operations.tsv").isEmpty();
    }

    @Test
    void shouldShowEachTlpMarkingOnlyToItsReaders() {
        Map<String, Fixture> fixtures = fileFixtures();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ReadRow row : readRows()) {
            Fixture fixture = fixtures.get(row.marking());
            assertThat(fixture).as("tlp-reads.tsv names marking " + row.marking()).isNotNull();
            for (Map.Entry<String, Outcome> reader : row.byReader().entrySet()) {
                Call call = get(resourceUrl(row.resource(), fixture.id()), tokens.get(reader.getKey()));
                checked++;
                String problem = judge(call, reader.getValue(), fixture);
                if (problem != null) {
                    wrong.add(row.resource() + " " + row.marking() + " as " + reader.getKey() + ": " + problem + " — got " + call.status() + " " + abbreviated(call.body()));
                }
            }
        }
        System.out.printf("TLP read matrix: %d answers checked%n", checked);
        assertThat(wrong).as("reads that differ from tlp-reads.tsv").isEmpty();
    }

    @Test
    void shouldListOnlyCasesAndTitlesTheReaderMayRead() {
        Map<String, Fixture> fixtures = fileFixtures();
        List<String> wrong = new ArrayList<>();
        for (ReadRow row : readRows()) {
            if (!row.resource().equals("case")) {
                continue;
            }
            Fixture fixture = fixtures.get(row.marking());
            for (Map.Entry<String, Outcome> reader : row.byReader().entrySet()) {
                String list = get(baseUrls.get("escalation") + "/api/v1/cases?size=500", tokens.get(reader.getKey())).body();
                boolean listed = list.contains(fixture.id());
                boolean titled = list.contains(fixture.title());
                Outcome outcome = reader.getValue();
                // A case board may list only the cases a country takes part in; it never lists one the reader may not
                // see, and never shows a title the reader may not read.
                if (listed && outcome == Outcome.DENY || titled && outcome != Outcome.READ) {
                    wrong.add("case list " + row.marking() + " as " + reader.getKey() + ": expected " + outcome + ", listed=" + listed + " titled=" + titled);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldAnswer404ForAnUnknownRoute() {
        for (String base : baseUrls.values()) {
            Call call = get(base + "/api/v1/no-such-resource/" + UUID.randomUUID(), tokens.get("duty.ee"));
            assertThat(call.status()).as(base + " unknown route: " + call.body()).isEqualTo(404);
        }
    }

    // ---- fixtures: one incident per marking, filed by EE about LV, waited for until its case and alerts exist ----

    record Fixture(String id, String reference, String title) {
    }

    private Map<String, Fixture> fixtures;

    private synchronized Map<String, Fixture> fileFixtures() {
        if (fixtures != null) {
            return fixtures;
        }
        Map<String, String> markings = new LinkedHashMap<>();
        markings.put("CLEAR", "\"tlp\":\"CLEAR\"");
        markings.put("GREEN", "\"tlp\":\"GREEN\"");
        markings.put("AMBER", "\"tlp\":\"AMBER\"");
        markings.put("AMBER+STRICT", "\"tlp\":\"AMBER+STRICT\"");
        markings.put("RED(LV)", "\"tlp\":\"RED\",\"recipients\":[\"LV\"]");
        markings.put("RED(LV,EU)", "\"tlp\":\"RED\",\"recipients\":[\"LV\",\"EU\"]");
        Map<String, Fixture> filed = new LinkedHashMap<>();
        markings.forEach((marking, tlp) -> {
            String title = "Matrix " + marking + " " + UUID.randomUUID();
            String body = """
                    {"title":"%s","summary":"secret summary","awareAt":"%s","severity":"HIGH","rsitClass":"malicious-code",
                     "rsitType":"infected-system",%s,"pap":"AMBER","affectedCountries":["LV"],"crossBorder":true,
                     "suspectedMalicious":true,"sectors":["energy"]}""".formatted(title, Instant.now().minusSeconds(600), tlp);
            Api.Reply reply = api.post(federation.incidentReporting.url("/api/v1/incidents"), tokens.get("duty.ee"), body);
            assertThat(reply.status()).as(marking + ": " + reply).isEqualTo(201);
            filed.put(marking, new Fixture(reply.body().get("id").asText(), reply.body().get("reference").asText(), title));
        });
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            String inbox = get(federation.contactPoints.url("/api/v1/inbox?size=500"), tokens.get("ncp.lv")).body();
            for (Fixture fixture : filed.values()) {
                assertThat(inbox).as("LV alerted for " + fixture.reference()).contains(fixture.id());
                assertThat(get(baseUrls.get("escalation") + "/api/v1/cases/" + fixture.id(), tokens.get("duty.ee")).status()).isEqualTo(200);
            }
        });
        fixtures = filed;
        return filed;
    }

    private static List<ReadRow> readRows() {
        try {
            return AuthorizationMatrix.reads();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String resourceUrl(String resource, String incidentId) {
        String incident = baseUrls.get("incident-reporting") + "/api/v1/incidents/" + incidentId;
        return switch (resource) {
            case "incident" -> incident;
            case "stix" -> incident + "/stix";
            case "misp" -> incident + "/misp";
            case "case" -> baseUrls.get("escalation") + "/api/v1/cases/" + incidentId;
            default -> throw new IllegalArgumentException("tlp-reads.tsv: unknown resource " + resource);
        };
    }

    /** Null when the answer is what the outcome promises, else what is wrong with it. */
    private static String judge(Call call, Outcome outcome, Fixture fixture) {
        boolean titled = call.body().contains(fixture.title());
        boolean named = call.body().contains(fixture.reference()) || titled;
        return switch (outcome) {
            case READ -> call.status() == 200 && titled ? null : "expected the whole incident";
            case META -> call.status() == 200 && !titled ? null : "expected 200 without the title";
            case DENY -> call.status() == 403 && !named ? null : "expected 403 naming nothing";
            case NO_EXPORT -> (call.status() == 403 || call.status() == 409) && !titled ? null : "expected a refused export";
        };
    }

    // ---- the calls ----

    private static String path(Operation operation, String country) {
        Matcher matcher = PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String type = operation.parameterTypes().getOrDefault(name, "string");
            String value = name.equals("cc") ? country
                    : type.equals("uuid") ? UUID.randomUUID().toString()
                    : type.equals("integer") ? "1"
                    : name.equals("name") ? operation.service()
                    : "matrix-none";
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private Call call(Operation operation, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrls.get(operation.service()) + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", ACCEPT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest.BodyPublisher body = operation.method().equals("GET") || operation.method().equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}");
        request.header("Content-Type", "application/json").method(operation.method(), body);
        return send(request.build());
    }

    private Call get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", ACCEPT).header("Authorization", "Bearer " + token).GET().build());
    }

    private Call send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, AuthorizationMatrixIT::statusOfAStream);
            return new Call(response.statusCode(), response.body() == null ? "" : response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as text, but an event stream (open for minutes) only as far as its status: it is closed at once. */
    private static HttpResponse.BodySubscriber<String> statusOfAStream(HttpResponse.ResponseInfo info) {
        if (info.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), stream -> {
                try {
                    stream.close();
                } catch (java.io.IOException ignored) {
                    // closing only cancels the stream
                }
                return "(an event stream)";
            });
        }
        return HttpResponse.BodySubscribers.ofString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int expect(List<String> wrong, Operation operation, String who, Call call, Access access) {
        boolean right = switch (access) {
            case OK -> call.status() != 401 && call.status() != 403 && call.status() < 500;
            case DENIED -> call.status() == 403;
            case UNAUTHENTICATED -> call.status() == 401;
            case OWN_COUNTRY -> throw new IllegalStateException("resolved by the caller");
        };
        if (!right) {
            wrong.add(operation.key() + " as " + who + ": expected " + access + ", got " + call.status() + " " + abbreviated(call.body()));
        }
        return 1;
    }

    private static String abbreviated(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
