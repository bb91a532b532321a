package eu.cyberplan.escalation.sitrep;

import eu.cyberplan.escalation.IncidentFixtures;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static eu.cyberplan.testing.TestJson.at;
import static eu.cyberplan.testing.TestJson.each;
import static eu.cyberplan.testing.TestJson.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Situation reports and assistance on a case against real PostgreSQL and Kafka: versioned reports sent to every
 * recipient, a closed case refusing them; a request, an offer (never to oneself), the requester's decision.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseCooperationIT implements TestPropertyProvider {

    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final String NCP_LV = TestTokens.bearer("ncp.lv", "LV", "NCP");
    private static final String NCP_LT = TestTokens.bearer("ncp.lt", "LT", "NCP");

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("escalation");
        return service.properties();
    }

    @Test
    void shouldPublishVersionedSituationReportsToEveryRecipientUntilTheCaseCloses() throws Exception {
        UUID incident = openCase();
        String path = "/api/v1/cases/" + incident + "/situation-reports";
        try (TopicReader protocol = service.reader("protocol.v1")) {
            String sitrep = """
                    {"impactSeverity":"red","impactOutlook":"worsening","affectedCountries":["LV","LT"],"sectors":["energy"],
                     "rootCause":"malicious-actions","text":"grid operators isolating SCADA"}""";
            assertThat(api().post(path, NCP_LV, sitrep).statusCode()).as("an alerted country, not the reporter").isEqualTo(403);
            HttpResponse<String> invalid = api().post(path, COORDINATOR, "{\"impactSeverity\":\"purple\",\"impactOutlook\":\"stable\",\"sectors\":[\"space-travel\"]}");
            assertThat(invalid.statusCode()).isEqualTo(422);
            assertThat(errorFields(invalid.body())).contains("impactSeverity", "sectors[0]");
            assertThat(invalid.body()).as("the allowed values named").contains("red", "yellow");
            assertThat(api().post(path, COORDINATOR, sitrep).statusCode()).isEqualTo(201);
            HttpResponse<String> second = api().post(path, TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"),
                    sitrep.replace("worsening", "improving"));
            assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
            assertThat(at(second.body(), "version")).isEqualTo("2");
            await().atMost(Duration.ofSeconds(30)).until(() -> mine(protocol.ofType(EventTypes.SITUATION_REPORT_PUBLISHED), incident).size() == 2);
            Map<String, Object> published = payload(mine(protocol.ofType(EventTypes.SITUATION_REPORT_PUBLISHED), incident).get(0));
            assertThat(published).containsEntry("recipients", List.of("LT", "LV")).containsEntry("impactSeverity", "red");
            String reports = api().get(path, NCP_LT).body();
            assertThat(List.of(0, 1).stream().map(report -> at(reports, report, "version"))).containsExactlyInAnyOrder("1", "2");
            assertThat(api().get(path, TestTokens.bearer("ncp.fr", "FR", "NCP")).statusCode()).isEqualTo(403);

            assertThat(api().post("/api/v1/cases/" + incident + "/closure", COORDINATOR, "{\"reason\":\"over\"}").statusCode()).isEqualTo(200);
            HttpResponse<String> late = api().post(path, COORDINATOR, sitrep);
            assertThat(late.statusCode()).isEqualTo(409);
            assertThat(late.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        }
    }

    @Test
    void shouldLetACountryAskOthersOfferAndTheAskerDecide() throws Exception {
        UUID incident = openCase();
        String requests = "/api/v1/cases/" + incident + "/assistance-requests";
        try (TopicReader protocol = service.reader("protocol.v1")) {
            assertThat(api().post(requests, NCP_LV, "{\"kind\":\"COUNSELLING\",\"needs\":\"x\"}").statusCode()).isEqualTo(422);
            HttpResponse<String> asked = api().post(requests, NCP_LV, "{\"kind\":\"FORENSICS\",\"needs\":\"memory images of 3 SCADA hosts\"}");
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
            String requestId = (String) json.readValue(asked.body(), Argument.mapOf(String.class, Object.class)).get("id");
            String offers = requests + "/" + requestId + "/offers";
            HttpResponse<String> toItself = api().post(offers, NCP_LV, "{\"capability\":\"ourselves\"}");
            assertThat(toItself.statusCode()).isEqualTo(422);
            assertThat(errorFields(toItself.body())).contains("country");
            assertThat(api().post(offers, TestTokens.bearer("ncp.fr", "FR", "NCP"), "{\"capability\":\"x\"}").statusCode())
                    .as("FR takes no part in the case").isEqualTo(403);
            HttpResponse<String> offered = api().post(offers, NCP_LT, "{\"capability\":\"two forensic analysts on site\"}");
            assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
            String offerId = (String) json.readValue(offered.body(), Argument.mapOf(String.class, Object.class)).get("id");
            String decision = offers + "/" + offerId + "/decision";
            assertThat(api().post(decision, NCP_LT, "{\"accepted\":true}").statusCode()).as("only the asker decides").isEqualTo(403);
            assertThat(api().post(decision, NCP_LV, "{\"accepted\":false}").statusCode()).as("a decline needs a reason").isEqualTo(422);
            HttpResponse<String> accepted = api().post(decision, NCP_LV, "{\"accepted\":true,\"reason\":\"thank you\"}");
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
            assertThat(at(accepted.body(), "status")).isEqualTo("ACCEPTED");
            assertThat(each(accepted.body(), "offers", "decision")).containsExactly("ACCEPTED");
            assertThat(api().post(decision, NCP_LV, "{\"accepted\":false,\"reason\":\"changed my mind\"}").statusCode()).isEqualTo(409);
            assertThat(api().post(offers, TestTokens.bearer("ncp.lt", "LT", "NCP"), "{\"capability\":\"more\"}").statusCode()).isEqualTo(409);
            await().atMost(Duration.ofSeconds(30)).until(() -> mine(protocol.records(), incident).stream()
                    .map(r -> TopicReader.header(r, "ce_type")).filter(t -> t.contains("assistance")).count() == 3);
            assertThat(api().get(requests, COORDINATOR).body()).contains("two forensic analysts on site", "thank you");
        }
    }

    @Test
    void shouldLetACountryNamedInARequestReadTheCaseAndOfferThoughItWasNotAlerted() throws Exception {
        UUID incident = openCase();
        String requests = "/api/v1/cases/" + incident + "/assistance-requests";
        String ncpFi = TestTokens.bearer("ncp.fi", "FI", "NCP");
        try (TopicReader protocol = service.reader("protocol.v1")) {
            assertThat(api().get("/api/v1/cases/" + incident, ncpFi).statusCode()).as("FI was not alerted").isEqualTo(403);
            HttpResponse<String> wrong = api().post(requests, NCP_LV, "{\"kind\":\"FORENSICS\",\"needs\":\"x\",\"countries\":[\"QQ\",\"LV\",\"FI\",\"FI\"]}");
            assertThat(wrong.statusCode()).isEqualTo(422);
            assertThat(errorFields(wrong.body())).containsExactly("countries[0]", "countries[1]", "countries[3]");

            HttpResponse<String> asked = api().post(requests, NCP_LV, "{\"kind\":\"FORENSICS\",\"needs\":\"memory images\",\"countries\":[\"FI\"]}");
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
            String requestId = at(asked.body(), "id");
            await().atMost(Duration.ofSeconds(30)).until(() -> mine(protocol.ofType(EventTypes.ASSISTANCE_REQUESTED), incident).size() == 1);
            Map<String, Object> requested = payload(mine(protocol.ofType(EventTypes.ASSISTANCE_REQUESTED), incident).get(0));
            assertThat(requested).containsEntry("countries", List.of("FI")).containsEntry("severity", "HIGH");

            assertThat(api().get("/api/v1/cases/" + incident, ncpFi).statusCode()).as("asked, FI reads the case").isEqualTo(200);
            HttpResponse<String> offered = api().post(requests + "/" + requestId + "/offers", ncpFi, "{\"capability\":\"one analyst remotely\"}");
            assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
            assertThat(api().post(requests + "/" + requestId + "/offers", TestTokens.bearer("ncp.fr", "FR", "NCP"), "{\"capability\":\"x\"}")
                    .statusCode()).as("FR was neither alerted nor asked").isEqualTo(403);
        }
    }

    @Test
    void shouldGatherTheSituationOfACaseForTheCoordinatorsAndTheCountriesTakingPart() throws Exception {
        UUID incident = openCase();
        String situation = "/api/v1/cases/" + incident + "/situation";
        String sitrep = """
                {"impactSeverity":"red","impactOutlook":"worsening","affectedCountries":["LV","LT"],"sectors":["energy"],"text":"SCADA isolated"}""";
        assertThat(api().post("/api/v1/cases/" + incident + "/situation-reports", COORDINATOR, sitrep).statusCode()).isEqualTo(201);
        assertThat(api().post("/api/v1/cases/" + incident + "/situation-reports", COORDINATOR, sitrep.replace("worsening", "stable")).statusCode())
                .isEqualTo(201);
        assertThat(api().post("/api/v1/cases/" + incident + "/situation-reports", TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"),
                sitrep.replace("red", "yellow")).statusCode()).isEqualTo(201);
        assertThat(api().post("/api/v1/cases/" + incident + "/assistance-requests", NCP_LV, "{\"kind\":\"FORENSICS\",\"needs\":\"memory images\"}")
                .statusCode()).isEqualTo(201);
        assertThat(api().get(situation, TestTokens.bearer("ncp.fr", "FR", "NCP")).statusCode()).as("FR takes no part yet").isEqualTo(403);
        assertThat(api().post("/api/v1/cases/" + incident + "/level", COORDINATOR, "{\"level\":\"OPERATIONAL\",\"reason\":\"two grids down\"}")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> seen = api().get(situation, COORDINATOR);
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        String body = seen.body();
        assertThat(at(body, "level")).isEqualTo("OPERATIONAL");
        assertThat(each(body, "situationReports", "country")).as("the latest of each country, newest first").containsExactly("EE", "EU");
        assertThat(each(body, "situationReports", "version")).containsExactly("3", "2");
        assertThat(each(body, "situationReports", "impactOutlook")).containsExactly("worsening", "stable");
        assertThat(each(body, "levelDecisions", "level")).containsExactly("TECHNICAL", "OPERATIONAL");
        assertThat(at(body, "levelDecisions", 1, "decidedBy")).isEqualTo("coordinator");
        assertThat(at(body, "levelDecisions", 1, "reason")).isEqualTo("two grids down");
        assertThat(each(body, "assistance", "kind")).containsExactly("FORENSICS");
        assertThat(each(body, "openDeadlines", "country")).as("nobody acknowledged: LV, LT and every member alerted at OPERATIONAL")
                .contains("LV", "LT", "FR").hasSizeGreaterThanOrEqualTo(28);
        assertThat(api().get(situation, TestTokens.bearer("ncp.fr", "FR", "NCP")).statusCode()).as("alerted now").isEqualTo(200);
        assertThat(api().get(situation, null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldExportTheIntegratedSituationalAwarenessReportAtThePoliticalLevelOnly() throws Exception {
        UUID incident = openCase();
        String report = "/api/v1/cases/" + incident + "/situation/report";
        assertThat(api().post("/api/v1/cases/" + incident + "/situation-reports", COORDINATOR, """
                {"impactSeverity":"yellow","impactOutlook":"stable","affectedCountries":["LV"],"text":"one grid <script>alert(1)</script>"}""")
                .statusCode()).isEqualTo(201);
        assertThat(api().post("/api/v1/cases/" + incident + "/situation-reports", TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"), """
                {"impactSeverity":"red","impactOutlook":"worsening","affectedCountries":["LV","LT"],"text":"SCADA down in Riga"}""")
                .statusCode()).isEqualTo(201);
        HttpResponse<String> early = api().get(report, COORDINATOR);
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(early.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(at(early.body(), "detail")).contains("political level", "TECHNICAL");

        assertThat(api().post("/api/v1/cases/" + incident + "/level", COORDINATOR,
                "{\"level\":\"POLITICAL\",\"reason\":\"energy supply of two members\",\"ipcrMode\":\"FULL_ACTIVATION\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> json = api().get(report, COORDINATOR);
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("attachment; filename=\"isa-report-").endsWith("-tlp-amber.json\""));
        String body = json.body();
        assertThat(at(body, "kind")).isEqualTo("integrated-situational-awareness-report");
        assertThat(at(body, "level")).isEqualTo("POLITICAL");
        assertThat(at(body, "ipcrMode")).isEqualTo("FULL_ACTIVATION");
        assertThat(at(body, "tlp")).isEqualTo("AMBER");
        assertThat(at(body, "generatedBy")).isEqualTo("coordinator");
        assertThat(at(body, "summary", "worstImpact")).isEqualTo("red");
        assertThat(at(body, "summary", "outlookOfWorst")).isEqualTo("worsening");
        assertThat(at(body, "summary", "countriesReporting")).as("EE; the coordinators' report is no country's").isEqualTo("1");
        assertThat(Integer.parseInt(at(body, "summary", "countriesAlerted"))).as("every member at the political level").isGreaterThanOrEqualTo(28);
        assertThat(at(body, "summary", "countriesAcknowledged")).isEqualTo("0");
        assertThat(at(body, "situation", "levelDecisions", 0, "level")).isEqualTo("TECHNICAL");
        assertThat(at(body, "situation", "levelDecisions", 1, "level")).isEqualTo("POLITICAL (FULL_ACTIVATION)");
        assertThat(at(body, "situation", "levelDecisions", 1, "reason")).isEqualTo("energy supply of two members");

        HttpResponse<String> page = api().get(report, TestTokens.bearer("ncp.lt", "LT", "NCP"), "Accept", "text/html");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<h1>Integrated situational awareness report</h1>", "SCADA down in Riga", "energy supply of two members",
                "one grid &lt;script&gt;alert(1)&lt;/script&gt;", "IPCR full activation").doesNotContain("<script>");
        assertThat(page.body().split("TLP:AMBER", -1)).as("the marking at the top and the bottom").hasSizeGreaterThanOrEqualTo(3);
        assertThat(api().get(report, TestTokens.bearer("ncp.ch", "CH", "NCP")).statusCode()).as("an observer not alerted").isEqualTo(403);
        assertThat(api().get(report, null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldLetEachCountryTakingPartKeepItsStatusAndShowTheCaseTimeline() throws Exception {
        UUID incident = openCase();
        String updates = "/api/v1/cases/" + incident + "/updates";
        HttpResponse<String> posted = api().post(updates, NCP_LV, "{\"status\":\"CONTAINED\",\"text\":\"Two substations isolated\"}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        assertThat(at(posted.body(), "country")).isEqualTo("LV");
        assertThat(at(posted.body(), "postedBy")).isEqualTo("ncp.lv");
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith(updates + "/"));
        assertThat(api().post(updates, NCP_LT, "{\"status\":\"INVESTIGATING\"}").statusCode()).isEqualTo(201);
        assertThat(api().post(updates, COORDINATOR, "{\"text\":\"EU-CyCLONe liaisons informed\"}").statusCode()).isEqualTo(201);
        assertThat(api().post(updates, NCP_LV, "{\"status\":\"RECOVERED\"}").statusCode()).isEqualTo(201);

        HttpResponse<String> euStatus = api().post(updates, COORDINATOR, "{\"status\":\"CONTAINED\"}");
        assertThat(euStatus.statusCode()).isEqualTo(422);
        assertThat(errorFields(euStatus.body())).containsExactly("status");
        HttpResponse<String> unknown = api().post(updates, NCP_LV, "{\"status\":\"FIXED\"}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(at(unknown.body(), "errors", 0, "message")).contains("INVESTIGATING", "NOT_AFFECTED");
        assertThat(api().post(updates, NCP_LV, "{}").statusCode()).isEqualTo(422);
        assertThat(api().post(updates, TestTokens.bearer("ncp.fr", "FR", "NCP"), "{\"status\":\"NOT_AFFECTED\"}").statusCode())
                .as("FR takes no part").isEqualTo(403);

        HttpResponse<String> timeline = api().get("/api/v1/cases/" + incident + "/timeline", NCP_LT);
        assertThat(timeline.statusCode()).as(timeline.body()).isEqualTo(200);
        String body = timeline.body();
        assertThat(at(body, "entries", 0, "kind")).isEqualTo("CASE_OPENED");
        assertThat(each(body, "entries", "kind")).contains("ALERT_DISPATCHED", "STATUS", "UPDATE").endsWith("STATUS");
        assertThat(each(body, "entries", "text")).contains("Two substations isolated", "EU-CyCLONe liaisons informed");
        assertThat(each(body, "countries", "country")).containsExactly("LT", "LV");
        assertThat(each(body, "countries", "status")).containsExactly("INVESTIGATING", "RECOVERED");
        assertThat(each(api().get("/api/v1/cases/" + incident + "/situation", COORDINATOR).body(), "countryStatuses", "status"))
                .containsExactly("INVESTIGATING", "RECOVERED");
        List<Map<String, Object>> listed = json.readValue(api().get(updates, COORDINATOR).body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(listed).extracting(u -> u.get("country")).containsExactly("LV", "LT", "EU", "LV");
        assertThat(api().get("/api/v1/cases/" + incident + "/timeline", TestTokens.bearer("ncp.fr", "FR", "NCP")).statusCode()).isEqualTo(403);

        assertThat(api().post("/api/v1/cases/" + incident + "/closure", COORDINATOR, "{\"reason\":\"recovered\"}").statusCode()).isEqualTo(200);
        assertThat(api().post(updates, NCP_LV, "{\"text\":\"late\"}").statusCode()).as("closed").isEqualTo(409);
        assertThat(each(api().get("/api/v1/cases/" + incident + "/timeline", COORDINATOR).body(), "entries", "kind")).endsWith("CASE_CLOSED");
    }

    @Test
    void shouldAskTheCoordinatorsToActivateTheEuCybersecurityReserveAndRecordTheirDecision() throws Exception {
        UUID incident = openCase();
        String requests = "/api/v1/cases/" + incident + "/assistance-requests";
        String reserve = """
                {"kind":"EU_CYBERSECURITY_RESERVE","needs":"an incident response team for the grid operators",
                 "reserve":{"entities":["Latvenergo AS","Sadales tikls AS"],"locations":["Riga","Daugavpils"],"expectedDuration":"P14D",
                            "mitigation":"SCADA isolated, backups restored on two sites"}}""";
        HttpResponse<String> noPart = api().post(requests, NCP_LV, "{\"kind\":\"EU_CYBERSECURITY_RESERVE\",\"needs\":\"a team\"}");
        assertThat(noPart.statusCode()).isEqualTo(422);
        assertThat(errorFields(noPart.body())).containsExactly("reserve");
        HttpResponse<String> badDuration = api().post(requests, NCP_LV, reserve.replace("P14D", "two weeks"));
        assertThat(badDuration.statusCode()).isEqualTo(422);
        assertThat(errorFields(badDuration.body())).containsExactly("reserve.expectedDuration");

        try (TopicReader protocol = service.reader("protocol.v1")) {
            HttpResponse<String> asked = api().post(requests, NCP_LV, reserve);
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
            String requestId = at(asked.body(), "id");
            assertThat(at(asked.body(), "reserve", "expectedDuration")).isEqualTo("P14D");
            assertThat(each(asked.body(), "suggestions", "country")).as("no national plan offers the Reserve").isEmpty();
            ConsumerRecord<String, byte[]> event = await().atMost(Duration.ofSeconds(30)).until(() -> mine(protocol.ofType(EventTypes.ASSISTANCE_REQUESTED),
                    incident), found -> !found.isEmpty()).get(0);
            Map<String, Object> payload = payload(event);
            assertThat(payload).containsEntry("countries", List.of("EU")).containsEntry("kind", "EU_CYBERSECURITY_RESERVE")
                    .containsEntry("entities", List.of("Latvenergo AS", "Sadales tikls AS")).containsEntry("expectedDuration", "P14D");

            String one = requests + "/" + requestId;
            assertThat(api().post(one + "/offers", NCP_LT, "{\"capability\":\"two analysts\"}").statusCode())
                    .as("the coordinators decide a Reserve request").isEqualTo(409);
            assertThat(api().post(one + "/reserve-decision", NCP_LV, "{\"activated\":true}").statusCode()).isEqualTo(403);
            HttpResponse<String> noReason = api().post(one + "/reserve-decision", COORDINATOR, "{\"activated\":false}");
            assertThat(noReason.statusCode()).isEqualTo(422);
            assertThat(errorFields(noReason.body())).containsExactly("reason");
            HttpResponse<String> activated = api().post(one + "/reserve-decision", COORDINATOR,
                    "{\"activated\":true,\"reason\":\"two operators of essential services, national capacity exhausted\"}");
            assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
            assertThat(at(activated.body(), "status")).isEqualTo("ACTIVATED");
            assertThat(at(activated.body(), "reserveDecision", "decidedBy")).isEqualTo("coordinator");
            assertThat(api().post(one + "/reserve-decision", COORDINATOR, "{\"activated\":false,\"reason\":\"changed mind\"}").statusCode())
                    .as("decided once").isEqualTo(409);
        }
        HttpResponse<String> forensics = api().post(requests, NCP_LV, "{\"kind\":\"FORENSICS\",\"needs\":\"memory images\"}");
        assertThat(api().post(requests + "/" + at(forensics.body(), "id") + "/reserve-decision", COORDINATOR, "{\"activated\":true}").statusCode())
                .as("not a Reserve request").isEqualTo(409);
        assertThat(each(api().get("/api/v1/cases/" + incident + "/timeline", COORDINATOR).body(), "entries", "kind")).contains("RESERVE_ACTIVATED");
    }

    @Test
    void shouldRecordALessonOfTheCaseForTheCountrysPlanEvenAfterItCloses() throws Exception {
        UUID incident = openCase();
        String lessons = "/api/v1/cases/" + incident + "/lessons";
        assertThat(api().post("/api/v1/cases/" + incident + "/closure", COORDINATOR, "{\"reason\":\"recovered\"}").statusCode()).isEqualTo(200);
        try (TopicReader protocol = service.reader("protocol.v1")) {
            HttpResponse<String> recorded = api().post(lessons, NCP_LV, """
                    {"country":"LV","text":"Our backup channel pointed to a retired pager","rsitClass":"malicious-code"}""");
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
            assertThat(at(recorded.body(), "recordedBy")).isEqualTo("ncp.lv");
            ConsumerRecord<String, byte[]> event = await().atMost(Duration.ofSeconds(30)).until(() -> mine(protocol.ofType(EventTypes.LESSON_RECORDED),
                    incident), found -> !found.isEmpty()).get(0);
            assertThat(payload(event)).containsEntry("country", "LV").containsEntry("incidentId", incident.toString())
                    .containsEntry("text", "Our backup channel pointed to a retired pager").containsEntry("exerciseId", null);
        }
        assertThat(api().post(lessons, COORDINATOR, "{\"country\":\"LT\",\"text\":\"LT answered within minutes\"}").statusCode()).isEqualTo(201);
        assertThat(api().post(lessons, NCP_LT, "{\"country\":\"LV\",\"text\":\"LV was slow\"}").statusCode()).as("about another country").isEqualTo(403);
        HttpResponse<String> outsider = api().post(lessons, COORDINATOR, "{\"country\":\"FR\",\"text\":\"x\"}");
        assertThat(outsider.statusCode()).isEqualTo(422);
        assertThat(errorFields(outsider.body())).containsExactly("country");
        List<Map<String, Object>> listed = json.readValue(api().get(lessons, NCP_LT).body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(listed).extracting(l -> l.get("country")).containsExactly("LV", "LT");
    }

    private UUID openCase() throws Exception {
        UUID incident = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    IncidentFixtures.reported(incident, "HIGH", "[\"LV\",\"LT\"]"));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> "2".equals(at(api().get("/api/v1/cases/" + incident, COORDINATOR).body(), "counts", "recipients")));
        return incident;
    }

    private static List<ConsumerRecord<String, byte[]>> mine(List<ConsumerRecord<String, byte[]>> records, UUID incident) {
        return records.stream().filter(r -> incident.toString().equals(r.key())).toList();
    }

    private Map<String, Object> payload(ConsumerRecord<String, byte[]> record) throws Exception {
        return json.readValue(record.value(), Argument.mapOf(String.class, Object.class));
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
