package eu.cyberplan.escalation.protocol;

import eu.cyberplan.testing.DatabaseSettings;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;
import java.sql.SQLException;

import static eu.cyberplan.testing.TestJson.at;
import static eu.cyberplan.testing.TestJson.each;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The protocol against real PostgreSQL and Kafka: one case and one alert per recipient, whatever the redeliveries. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseOpeningIT implements TestPropertyProvider {

    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");

    private ServiceUnderTest service;

    @Inject
    DataSource dataSource;
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("escalation");
        return service.properties();
    }

    @Test
    void shouldSendBatchedInsertsAsMultiRowStatements() throws SQLException {
        assertThat(DatabaseSettings.rewritesBatchedInserts(dataSource)).isTrue();
    }

    @Test
    void shouldOpenOneCaseAndAlertEachAffectedCountryOnceAndCountReceiptsOnce() throws Exception {
        UUID incident = UUID.randomUUID();
        UUID reported = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher();
             TopicReader alerts = service.reader("alerts.v1");
             TopicReader protocol = service.reader("protocol.v1")) {
            publisher.publish(service.topic("incidents.v1"), incident.toString(), reported, EventTypes.INCIDENT_REPORTED, reportedJson(incident, "[\"EE\",\"LV\",\"LT\"]"));
            publisher.publish(service.topic("incidents.v1"), incident.toString(), reported, EventTypes.INCIDENT_REPORTED, reportedJson(incident, "[\"EE\",\"LV\",\"LT\"]"));

            await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/v1/cases/" + incident, COORDINATOR).statusCode() == 200);
            await().atMost(Duration.ofSeconds(30)).until(() -> alerts.ofType(EventTypes.ALERT_DISPATCHED).stream()
                    .filter(r -> incident.toString().equals(r.key())).count() >= 2);
            List<String> dispatched = alerts.ofType(EventTypes.ALERT_DISPATCHED).stream()
                    .filter(r -> incident.toString().equals(r.key()))
                    .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
            assertThat(dispatched).hasSize(2);
            assertThat(dispatched).extracting(json -> field(json, "country")).containsExactlyInAnyOrder("LV", "LT");
            assertThat(dispatched).allSatisfy(json -> assertThat(field(json, "ackDeadline")).isNotBlank());
            assertThat(protocol.ofType(EventTypes.CASE_OPENED)).filteredOn(r -> incident.toString().equals(r.key())).hasSize(1);

            for (String json : dispatched) {
                String alertId = field(json, "alertId");
                String country = field(json, "country");
                UUID deliveredEvent = UUID.randomUUID();
                for (int redelivery = 0; redelivery < 2; redelivery++) {
                    publisher.publish(service.topic("receipts.v1"), incident.toString(), deliveredEvent, EventTypes.ALERT_DELIVERED, """
                            {"alertId":"%s","incidentId":"%s","country":"%s","deliveredAt":"%s"}""".formatted(alertId, incident, country, Instant.now()));
                }
                if ("LV".equals(country)) {
                    publisher.publish(service.topic("receipts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_ACKNOWLEDGED, """
                            {"alertId":"%s","incidentId":"%s","country":"LV","acknowledgedBy":"ncp.lv","acknowledgedAt":"%s"}"""
                            .formatted(alertId, incident, Instant.now()));
                    publisher.publish(service.topic("receipts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_ACKNOWLEDGED, """
                            {"alertId":"%s","incidentId":"%s","country":"LV","acknowledgedBy":"duty.lv","acknowledgedAt":"%s"}"""
                            .formatted(alertId, incident, Instant.now()));
                }
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String counted = get("/api/v1/cases/" + incident, COORDINATOR).body();
            assertThat(List.of(at(counted, "counts", "recipients"), at(counted, "counts", "delivered"), at(counted, "counts", "acknowledged"),
                    at(counted, "counts", "overdue"))).containsExactly("2", "2", "1", "0");
        });
        String kase = get("/api/v1/cases/" + incident, COORDINATOR).body();
        assertThat(at(kase, "level")).isEqualTo("TECHNICAL");
        assertThat(each(kase, "alerts", "acknowledgedBy")).as("the first acknowledgement counts").containsExactly("ncp.lv");
        assertThat(kase).doesNotContain("duty.lv");
        assertThat(get("/api/v1/cases/" + incident, TestTokens.bearer("ncp.lt", "LT", "NCP")).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/cases/" + incident, TestTokens.bearer("ncp.fr", "FR", "NCP")).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/cases", COORDINATOR).body()).contains(incident.toString());
        assertThat(get("/api/v1/cases", TestTokens.bearer("ncp.fr", "FR", "NCP")).body()).doesNotContain(incident.toString());
    }

    @Test
    void shouldOpenNoCaseForAnIncidentThatStaysAtHome() throws Exception {
        UUID domestic = UUID.randomUUID();
        UUID crossBorder = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("incidents.v1"), domestic.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    reportedJson(domestic, "[\"EE\"]").replace("\"crossBorder\":true", "\"crossBorder\":false"));
            publisher.publish(service.topic("incidents.v1"), crossBorder.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    reportedJson(crossBorder, "[\"LV\"]"));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/v1/cases/" + crossBorder, COORDINATOR).statusCode() == 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/cases", COORDINATOR).body().contains(crossBorder.toString()));
        assertThat(get("/api/v1/cases/" + domestic, COORDINATOR).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/cases/" + crossBorder, null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAskTheCoordinatorsToRouteACrossBorderCaseThatAlertsNobody() throws Exception {
        UUID unrouted = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher();
             TopicReader alerts = service.reader("alerts.v1");
             TopicReader protocol = service.reader("protocol.v1")) {
            publisher.publish(service.topic("incidents.v1"), unrouted.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    reportedJson(unrouted, "[\"EE\"]"));

            await().atMost(Duration.ofSeconds(60)).until(() -> protocol.ofType(EventTypes.COORDINATOR_NOTIFIED).stream()
                    .anyMatch(r -> unrouted.toString().equals(r.key())));
            String notice = protocol.ofType(EventTypes.COORDINATOR_NOTIFIED).stream().filter(r -> unrouted.toString().equals(r.key()))
                    .map(r -> new String(r.value(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
            assertThat(at(notice, "kind")).isEqualTo("ESCALATION_REQUEST");
            assertThat(at(notice, "country")).isEqualTo("EE");
            assertThat(at(notice, "text")).contains("EE-2026-000001").contains("alerts no country").contains("cross-border")
                    .doesNotContain("Ransomware");
            String kase = get("/api/v1/cases/" + unrouted, COORDINATOR).body();
            assertThat(at(kase, "counts", "recipients")).isEqualTo("0");
            assertThat(alerts.ofType(EventTypes.ALERT_DISPATCHED)).filteredOn(r -> unrouted.toString().equals(r.key())).isEmpty();
        }
    }

    @Test
    void shouldOpenTheCaseWhenALaterCorrectionOrReportMakesTheIncidentCrossBorder() throws Exception {
        UUID corrected = UUID.randomUUID();
        UUID reported = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher();
             TopicReader alerts = service.reader("alerts.v1");
             TopicReader protocol = service.reader("protocol.v1")) {
            for (UUID incident : List.of(corrected, reported)) {
                publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                        reportedJson(incident, "[\"EE\"]").replace("\"crossBorder\":true", "\"crossBorder\":false"));
            }
            UUID correction = UUID.randomUUID();
            for (int redelivery = 0; redelivery < 2; redelivery++) {
                publisher.publish(service.topic("incidents.v1"), corrected.toString(), correction, EventTypes.INCIDENT_UPDATED, """
                        {"incidentId":"%s","reference":"EE-2026-000001","reporterCountry":"EE","version":2,"changedFields":["affectedCountries"],
                         "title":"Ransomware on grid operator","severity":"HIGH","tlp":"AMBER","pap":"AMBER","rsitClass":"malicious-code",
                         "rsitType":"infected-system","affectedCountries":["EE","LV"],"crossBorder":false,"recipients":[],"significant":false,
                         "updatedBy":"duty.ee","updatedAt":"%s","mode":"REAL"}""".formatted(corrected, Instant.now()));
            }
            publisher.publish(service.topic("incidents.v1"), reported.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORT_SUBMITTED, """
                    {"incidentId":"%s","reference":"EE-2026-000001","reporterCountry":"EE","reportId":"%s","stage":"NOTIFICATION",
                     "submittedAt":"%s","submittedBy":"duty.ee","late":false,"severity":"HIGH","tlp":"AMBER","significant":false,"version":2,
                     "changedFields":["crossBorder","affectedCountries"],"title":"Ransomware on grid operator","affectedCountries":["EE","LT"],
                     "crossBorder":true,"mode":"REAL"}""".formatted(reported, UUID.randomUUID(), Instant.now()));

            await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/v1/cases/" + corrected, COORDINATOR).statusCode() == 200
                    && get("/api/v1/cases/" + reported, COORDINATOR).statusCode() == 200);
            await().atMost(Duration.ofSeconds(30)).until(() -> alerts.ofType(EventTypes.ALERT_DISPATCHED).stream()
                    .filter(r -> corrected.toString().equals(r.key()) || reported.toString().equals(r.key())).count() >= 2);
            assertThat(alerts.ofType(EventTypes.ALERT_DISPATCHED)).filteredOn(r -> corrected.toString().equals(r.key()))
                    .extracting(r -> field(new String(r.value(), StandardCharsets.UTF_8), "country")).containsExactly("LV");
            assertThat(alerts.ofType(EventTypes.ALERT_DISPATCHED)).filteredOn(r -> reported.toString().equals(r.key()))
                    .extracting(r -> field(new String(r.value(), StandardCharsets.UTF_8), "country")).containsExactly("LT");
            assertThat(alerts.ofType(EventTypes.ALERT_CORRECTED)).as("an alert sent on the corrected facts corrects nothing")
                    .filteredOn(r -> corrected.toString().equals(r.key()) || reported.toString().equals(r.key())).isEmpty();
            assertThat(protocol.ofType(EventTypes.CASE_OPENED)).filteredOn(r -> corrected.toString().equals(r.key())).hasSize(1);
            assertThat(at(get("/api/v1/cases/" + corrected, COORDINATOR).body(), "severity")).isEqualTo("HIGH");
        }
    }

    private HttpResponse<String> get(String path, String authorization) {
        return new TestHttp(server.getURL()).get(path, authorization);
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String reportedJson(UUID incident, String affected) {
        Instant now = Instant.now();
        return """
                {"incidentId":"%s","reference":"EE-2026-000001","reporterCountry":"EE","title":"Ransomware on grid operator",
                 "severity":"CRITICAL","tlp":"AMBER","pap":"AMBER","rsitClass":"malicious-code","rsitType":"infected-system",
                 "affectedCountries":%s,"crossBorder":true,"suspectedMalicious":true,"sectors":["energy"],"recipients":[],
                 "awareAt":"%s","reportedAt":"%s","reportedBy":"duty.ee","mode":"REAL"}""".formatted(incident, affected, now, now);
    }
}
