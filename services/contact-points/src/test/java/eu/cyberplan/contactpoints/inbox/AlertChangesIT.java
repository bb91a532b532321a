package eu.cyberplan.contactpoints.inbox;

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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static eu.cyberplan.testing.TestJson.each;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What happens to an alert after it landed: it goes overdue, is corrected or recalled; and the views of the inbox. */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertChangesIT implements TestPropertyProvider {

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("contact_points");
        Map<String, String> properties = new java.util.HashMap<>(service.properties());
        properties.put("cyberplan.inbox-deadlines.poll-interval", "500ms");
        return properties;
    }

    @Test
    void shouldMarkAnUnacknowledgedAlertOverdueWithItsBackupDeadline() {
        UUID incident = UUID.randomUUID();
        UUID alert = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String mt = TestTokens.bearer("ncp.mt", "MT", "NCP");
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED,
                    dispatched(alert, incident, "MT", "REAL", null, now.minus(20, ChronoUnit.MINUTES), now.minus(5, ChronoUnit.MINUTES)));
            await().atMost(Duration.ofSeconds(60)).until(() -> item("MT", alert, "").isPresent());
            UUID overdueEvent = UUID.randomUUID();
            String overdue = """
                    {"alertId":"%s","incidentId":"%s","country":"MT","severity":"CRITICAL","mode":"REAL","dispatchedAt":"%s",
                     "missedDeadline":"%s","ackDeadline":"%s","overdueAt":"%s"}""".formatted(alert, incident, now.minus(20, ChronoUnit.MINUTES),
                    now.minus(5, ChronoUnit.MINUTES), now.plus(5, ChronoUnit.MINUTES), now);
            publisher.publish(service.topic("protocol.v1"), incident.toString(), overdueEvent, EventTypes.ALERT_OVERDUE, overdue);
            publisher.publish(service.topic("protocol.v1"), incident.toString(), overdueEvent, EventTypes.ALERT_OVERDUE, overdue);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> item("MT", alert, "?status=OVERDUE").isPresent());
        Map<String, Object> item = item("MT", alert, "?status=OVERDUE").orElseThrow();
        assertThat(item).containsEntry("ackDeadline", now.plus(5, ChronoUnit.MINUTES).toString())
                .containsEntry("missedDeadline", now.minus(5, ChronoUnit.MINUTES).toString());
        assertThat(item("MT", alert, "?status=NEW")).isEmpty();
        // The backup on duty (the demo rota's NCP) is woken on the backup route; with no SMTP server here it waits, visibly.
        String notifications = http().get("/api/v1/countries/MT/notifications", mt).body();
        assertThat(each(notifications, "items", "route")).contains("BACKUP");
        assertThat(notifications).contains("ncp.mt@cert.mt.example", alert.toString());

        assertThat(http().post("/api/v1/inbox/" + alert + "/ack", mt, "{}").statusCode()).isEqualTo(200);
        assertThat(item("MT", alert, "?status=ACKNOWLEDGED")).isPresent();
    }

    @Test
    void shouldApplyAnOverdueThatOvertookItsAlert() {
        UUID incident = UUID.randomUUID();
        UUID alert = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("protocol.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_OVERDUE, """
                    {"alertId":"%s","incidentId":"%s","country":"HR","severity":"HIGH","mode":"REAL","dispatchedAt":"%s",
                     "missedDeadline":"%s","ackDeadline":"%s","overdueAt":"%s"}""".formatted(alert, incident, now.minus(2, ChronoUnit.HOURS),
                    now.minus(1, ChronoUnit.HOURS), now.plus(10, ChronoUnit.MINUTES), now));
            // The overdue is kept until its alert lands.
            await().atMost(Duration.ofSeconds(60)).until(() -> waitingOverdues(alert) == 1);
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED,
                    dispatched(alert, incident, "HR", "REAL", null, now.minus(2, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> item("HR", alert, "?status=OVERDUE").isPresent());
        assertThat(item("HR", alert, "").orElseThrow()).containsEntry("ackDeadline", now.plus(10, ChronoUnit.MINUTES).toString());
        String hr = http().get("/api/v1/countries/HR/notifications", TestTokens.bearer("ncp.hr", "HR", "NCP")).body();
        assertThat(each(hr, "items", "route")).contains("BACKUP");
        assertThat(hr).contains(alert.toString());
    }

    @Test
    void shouldDeliverCorrectionsAndRecallsAsItemsOfTheirOwnAndShowThemOnTheAlert() {
        UUID incident = UUID.randomUUID();
        UUID alert = UUID.randomUUID();
        UUID correction = UUID.randomUUID();
        UUID recall = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (CloudEventPublisher publisher = service.publisher(); TopicReader receipts = service.reader("receipts.v1")) {
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED,
                    dispatched(alert, incident, "CY", "REAL", null, now, now.plus(1, ChronoUnit.HOURS)));
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_CORRECTED, """
                    {"alertId":"%s","correctsAlertId":"%s","incidentId":"%s","country":"CY","severity":"CRITICAL","tlp":"AMBER","mode":"REAL",
                     "title":"Ransomware on grid operator","change":"severity HIGH -> CRITICAL","reporterCountry":"EE","dispatchedAt":"%s",
                     "ackDeadline":"%s"}""".formatted(correction, alert, incident, now.plusSeconds(60), now.plus(15, ChronoUnit.MINUTES)));
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_RECALLED, """
                    {"alertId":"%s","recallsAlertId":"%s","incidentId":"%s","country":"CY","severity":"CRITICAL","tlp":"AMBER","mode":"REAL",
                     "reason":"incident retracted: false positive","reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s"}"""
                    .formatted(recall, alert, incident, now.plusSeconds(120), now.plus(1, ChronoUnit.HOURS)));
            await().atMost(Duration.ofSeconds(60)).until(() -> receipts.ofType(EventTypes.ALERT_DELIVERED).stream()
                    .filter(r -> incident.toString().equals(r.key())).count() == 3);
        }
        assertThat(item("CY", correction, "").orElseThrow()).containsEntry("kind", "CORRECTION").containsEntry("refersToAlertId", alert.toString())
                .containsEntry("change", "severity HIGH -> CRITICAL").containsEntry("status", "NEW");
        assertThat(item("CY", recall, "").orElseThrow()).containsEntry("kind", "RECALL").containsEntry("refersToAlertId", alert.toString());
        assertThat(item("CY", alert, "").orElseThrow()).containsEntry("corrections", 1)
                .containsEntry("recallReason", "incident retracted: false positive").containsEntry("recalledAt", now.plusSeconds(120).toString());
    }

    @Test
    void shouldKeepExerciseAlertsOutOfTheRealInboxAndMarkThem() {
        UUID incident = UUID.randomUUID();
        UUID real = UUID.randomUUID();
        UUID drill = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED,
                    dispatched(real, incident, "LU", "REAL", null, now.minusSeconds(60), now.plus(1, ChronoUnit.HOURS)));
            publisher.publish(service.topic("alerts.v1.exercise"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED,
                    dispatched(drill, incident, "LU", "EXERCISE", UUID.randomUUID(), now, now.plus(1, ChronoUnit.HOURS)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> item("LU", drill, "?mode=EXERCISE").isPresent() && item("LU", real, "").isPresent());
        assertThat(item("LU", drill, "")).as("the real inbox shows no exercise item").isEmpty();
        assertThat(item("LU", real, "?mode=EXERCISE")).isEmpty();
        assertThat(item("LU", drill, "?mode=EXERCISE").orElseThrow()).containsEntry("mode", "EXERCISE")
                .containsEntry("title", "EXERCISE EXERCISE EXERCISE Ransomware on grid operator");
        assertThat(http().get("/api/v1/inbox?mode=DRILL", TestTokens.bearer("ncp.lu", "LU", "NCP")).statusCode()).isEqualTo(422);
        assertThat(http().get("/api/v1/inbox?status=LOST", TestTokens.bearer("ncp.lu", "LU", "NCP")).statusCode()).isEqualTo(422);
        assertThat(item("BE", real, "")).as("another country's inbox never shows LU's alert").isEmpty();
        assertThat(http().get("/api/v1/inbox", TestTokens.bearer("owner.lu", "LU", "PLAN_OWNER")).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldSkipARecordThatIsNoEventAndDeliverTheNextOneOnItsPartition() throws Exception {
        UUID incident = UUID.randomUUID();
        UUID alert = UUID.randomUUID();
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, service.kafkaBootstrap()),
                new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(service.topic("alerts.v1"), incident.toString(), "not a cloud event".getBytes())).get();
        }
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, "{\"alertId\": 42}");
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED,
                    dispatched(UUID.randomUUID(), incident, "SI", "REAL", null, Instant.now(), Instant.now()).replaceAll(",\\s*\"ackDeadline\":\"[^\"]*\"", ""));
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED,
                    dispatched(alert, incident, "SI", "REAL", null, Instant.now(), Instant.now().plusSeconds(3600)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> item("SI", alert, "").isPresent());
    }

    @Test
    void shouldPutNoticesForTheCoordinatorsInTheEuInboxOnce() {
        UUID incident = UUID.randomUUID();
        UUID notice = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String notified = """
                {"noticeId":"%s","incidentId":"%s","alertId":"%s","kind":"OVERDUE_NOTICE","country":"MT","severity":"CRITICAL","tlp":"AMBER",
                 "level":"TECHNICAL","text":"MT acknowledged neither the alert nor on its backup channel","notifiedAt":"%s","mode":"REAL"}"""
                .formatted(notice, incident, UUID.randomUUID(), Instant.now());
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("protocol.v1"), incident.toString(), event, EventTypes.COORDINATOR_NOTIFIED, notified);
            publisher.publish(service.topic("protocol.v1"), incident.toString(), event, EventTypes.COORDINATOR_NOTIFIED, notified);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> euItem(notice).isPresent());
        assertThat(euItem(notice).orElseThrow()).containsEntry("kind", "OVERDUE_NOTICE").containsEntry("country", "EU")
                .containsEntry("status", "NEW").containsEntry("reporterCountry", "MT");
        assertThat(item("MT", notice, "")).as("the coordinators' item, not MT's").isEmpty();
        assertThat(http().post("/api/v1/inbox/" + notice + "/ack", TestTokens.bearer("coordinator", "EU", "COORDINATOR"), "{\"note\":\"calling MT\"}")
                .statusCode()).isEqualTo(200);
        assertThat(euItem(notice).orElseThrow()).containsEntry("status", "ACKNOWLEDGED").containsEntry("acknowledgedBy", "coordinator");
    }

    @Test
    void shouldPutASituationReportInEveryRecipientsInboxOnce() {
        UUID incident = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String published = """
                {"incidentId":"%s","version":3,"impactSeverity":"red","impactOutlook":"worsening","affectedCountries":["LV"],"sectors":["energy"],
                 "text":"grid operators isolating SCADA","publishedBy":"coordinator","publishedAt":"%s","recipients":["LV","LT"],"tlp":"AMBER","mode":"REAL"}"""
                .formatted(incident, Instant.now());
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("protocol.v1"), incident.toString(), event, EventTypes.SITUATION_REPORT_PUBLISHED, published);
            publisher.publish(service.topic("protocol.v1"), incident.toString(), event, EventTypes.SITUATION_REPORT_PUBLISHED, published);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> sitreps("LT", incident).size() == 1 && sitreps("LV", incident).size() == 1);
        assertThat(sitreps("LV", incident).get(0)).containsEntry("kind", "SITREP").containsEntry("severity", "CRITICAL")
                .hasEntrySatisfying("title", title -> assertThat((String) title).contains("Situation report 3", "impact red", "isolating SCADA"));
        assertThat(sitreps("FI", incident)).isEmpty();
    }

    @Test
    void shouldSendASituationReportUnreadAtItsDeadlineToTheBackupRouteOnce() {
        UUID incident = UUID.randomUUID();
        Instant deadline = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.MILLIS);
        String published = """
                {"incidentId":"%s","version":1,"impactSeverity":"yellow","impactOutlook":"stable","affectedCountries":["LV"],"sectors":["energy"],
                 "text":"grid stable","publishedBy":"coordinator","publishedAt":"%s","recipients":["LV","LT"],"tlp":"AMBER","mode":"REAL"}"""
                .formatted(incident, deadline.minus(Duration.ofHours(1)));
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("protocol.v1"), incident.toString(), UUID.randomUUID(), EventTypes.SITUATION_REPORT_PUBLISHED, published);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> sitreps("LT", incident).size() == 1 && sitreps("LV", incident).size() == 1);
        assertThat(sitreps("LV", incident).get(0)).containsEntry("ackDeadline", deadline.toString()).containsEntry("status", "NEW");
        assertThat(http().post("/api/v1/inbox/" + sitreps("LV", incident).get(0).get("alertId") + "/ack", TestTokens.bearer("ncp.lv", "LV", "NCP"), "{}")
                .statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> "OVERDUE".equals(sitreps("LT", incident).get(0).get("status")));
        assertThat(sitreps("LT", incident).get(0)).containsEntry("missedDeadline", deadline.toString()).containsEntry("ackDeadline", null)
                .extractingByKey("overdueAt").isNotNull();
        assertThat(sitreps("LV", incident).get(0)).as("read in time").containsEntry("status", "ACKNOWLEDGED");
        Object overdueAt = sitreps("LT", incident).get(0).get("overdueAt");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> overdueAt.equals(sitreps("LT", incident).get(0).get("overdueAt")));
        assertThat(http().post("/api/v1/inbox/" + sitreps("LT", incident).get(0).get("alertId") + "/ack", TestTokens.bearer("ncp.lt", "LT", "NCP"), "{}")
                .statusCode()).as("still to be read").isEqualTo(200);
    }

    @Test
    void shouldPutANis2ReminderInTheReportingCountrysInboxOnceAndSendNoReceiptWhenItIsRead() {
        UUID incident = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        Instant due = Instant.now().plus(Duration.ofHours(36)).truncatedTo(ChronoUnit.SECONDS);
        String reminder = """
                {"incidentId":"%s","reference":"EE-2026-000321","reporterCountry":"EE","stage":"NOTIFICATION","percent":50,"dueAt":"%s",
                 "remindedAt":"%s","severity":"HIGH","tlp":"AMBER","mode":"REAL"}""".formatted(incident, due, Instant.now());
        try (CloudEventPublisher publisher = service.publisher(); TopicReader receipts = service.reader("receipts.v1")) {
            publisher.publish(service.topic("incidents.v1"), incident.toString(), event, EventTypes.INCIDENT_DEADLINE_REMINDER, reminder);
            publisher.publish(service.topic("incidents.v1"), incident.toString(), event, EventTypes.INCIDENT_DEADLINE_REMINDER, reminder);
            await().atMost(Duration.ofSeconds(60)).until(() -> sitreps("EE", incident).size() == 1);
            Map<String, Object> item = sitreps("EE", incident).get(0);
            assertThat(item).containsEntry("kind", "DEADLINE_REMINDER").containsEntry("country", "EE").containsEntry("ackDeadline", due.toString())
                    .hasEntrySatisfying("title", title -> assertThat((String) title)
                            .isEqualTo("EE-2026-000321: the NIS2 incident notification is due " + due.truncatedTo(ChronoUnit.MINUTES)
                                    + " (50 % of its time gone)"));
            assertThat(sitreps("LV", incident)).isEmpty();
            assertThat(http().post("/api/v1/inbox/" + item.get("alertId") + "/ack", TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"), "{}")
                    .statusCode()).isEqualTo(200);
            assertThat(sitreps("EE", incident).get(0)).containsEntry("status", "ACKNOWLEDGED");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> receipts.ofType(EventTypes.ALERT_ACKNOWLEDGED).stream()
                    .noneMatch(r -> incident.toString().equals(r.key())));
        }
    }

    @Test
    void shouldPutAnAssistanceRequestInTheInboxOfEachCountryItReachedOnce() {
        UUID incident = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String requested = """
                {"requestId":"%s","incidentId":"%s","country":"LV","kind":"FORENSICS","needs":"memory images of 3 SCADA hosts",
                 "requestedBy":"ncp.lv","requestedAt":"%s","mode":"REAL","countries":["FI","LT"],"severity":"CRITICAL"}"""
                .formatted(request, incident, Instant.now());
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("protocol.v1"), incident.toString(), event, EventTypes.ASSISTANCE_REQUESTED, requested);
            publisher.publish(service.topic("protocol.v1"), incident.toString(), event, EventTypes.ASSISTANCE_REQUESTED, requested);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> sitreps("FI", incident).size() == 1 && sitreps("LT", incident).size() == 1);
        assertThat(sitreps("FI", incident).get(0)).containsEntry("kind", "ASSISTANCE").containsEntry("severity", "CRITICAL")
                .containsEntry("reporterCountry", "LV")
                .hasEntrySatisfying("title", title -> assertThat((String) title).startsWith("LV asks for forensics assistance: memory images")
                        .contains("/assistance-requests/" + request + "/offers"));
        assertThat(sitreps("LV", incident)).as("not to the asker").isEmpty();
        assertThat(sitreps("EE", incident)).isEmpty();
    }

    @Test
    void shouldPutARequestToActivateTheEuCybersecurityReserveInTheCoordinatorsInbox() throws IOException {
        UUID incident = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        String requested = """
                {"requestId":"%s","incidentId":"%s","country":"LV","kind":"EU_CYBERSECURITY_RESERVE","needs":"an incident response team",
                 "requestedBy":"ncp.lv","requestedAt":"%s","mode":"REAL","countries":["EU"],"severity":"CRITICAL",
                 "entities":["Latvenergo AS"],"locations":["Riga"],"expectedDuration":"P14D"}""".formatted(request, incident, Instant.now());
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("protocol.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ASSISTANCE_REQUESTED, requested);
        }
        String coordinator = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
        await().atMost(Duration.ofSeconds(60)).until(() -> http().get("/api/v1/inbox?size=500", coordinator).body().contains(incident.toString()));
        Map<String, Object> page = json.readValue(http().get("/api/v1/inbox?size=500", coordinator).body(), Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        Map<String, Object> item = ((List<Map<String, Object>>) page.get("items")).stream().filter(i -> incident.toString().equals(i.get("incidentId")))
                .findFirst().orElseThrow();
        assertThat(item).containsEntry("kind", "ASSISTANCE").containsEntry("country", "EU").containsEntry("severity", "CRITICAL");
        assertThat((String) item.get("title")).isEqualTo("LV asks to activate the EU Cybersecurity Reserve: an incident response team; entities: "
                + "Latvenergo AS; where: Riga; for P14D — decide with POST /api/v1/cases/" + incident + "/assistance-requests/" + request
                + "/reserve-decision");
        assertThat(sitreps("LV", incident)).as("not to the asker").isEmpty();
    }

    @Test
    void shouldTellEveryCountryAlertedOfALevelChangeWithNothingToAcknowledgeByADeadline() {
        UUID incident = UUID.randomUUID();
        Instant at = Instant.now();
        UUID change = UUID.randomUUID();
        String changed = """
                {"incidentId":"%s","reporterCountry":"EE","fromLevel":"TECHNICAL","toLevel":"OPERATIONAL","reason":"spreading to two grids",
                 "changedBy":"coordinator","changedAt":"%s","newRecipients":["FI"],"planVersion":1,"mode":"REAL"}""".formatted(incident, at);
        try (CloudEventPublisher publisher = service.publisher(); TopicReader receipts = service.reader("receipts.v1")) {
            for (String country : List.of("LV", "LT")) {
                publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED,
                        dispatched(UUID.randomUUID(), incident, country, "REAL", null, at, at.plusSeconds(900)));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> sitreps("LV", incident).size() == 1 && sitreps("LT", incident).size() == 1);
            publisher.publish(service.topic("protocol.v1"), incident.toString(), change, EventTypes.CRISIS_LEVEL_CHANGED, changed);
            publisher.publish(service.topic("protocol.v1"), incident.toString(), change, EventTypes.CRISIS_LEVEL_CHANGED, changed);

            await().atMost(Duration.ofSeconds(60)).until(() -> sitreps("LV", incident).size() == 2 && sitreps("LT", incident).size() == 2);
            Map<String, Object> item = sitreps("LV", incident).stream().filter(i -> "LEVEL_CHANGE".equals(i.get("kind"))).findFirst().orElseThrow();
            assertThat(item).containsEntry("ackDeadline", null).containsEntry("level", "OPERATIONAL").containsEntry("severity", "HIGH")
                    .containsEntry("title", "Crisis level TECHNICAL → OPERATIONAL: Ransomware on grid operator — spreading to two grids");
            assertThat(sitreps("FI", incident)).as("alerted by the change itself: its alert says the level").isEmpty();
            assertThat(http().post("/api/v1/inbox/" + item.get("alertId") + "/ack", TestTokens.bearer("ncp.lv", "LV", "NCP"), "{}").statusCode())
                    .isEqualTo(200);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> receipts.ofType(EventTypes.ALERT_ACKNOWLEDGED).stream()
                    .noneMatch(r -> incident.toString().equals(r.key())));
            assertThat(http().get("/api/v1/inbox?size=500", TestTokens.bearer("ncp.lv", "LV", "NCP")).statusCode()).isEqualTo(200);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> sitreps(String country, UUID incident) {
        String body = http().get("/api/v1/inbox?size=500", TestTokens.bearer("ncp." + country.toLowerCase(), country, "NCP")).body();
        try {
            Map<String, Object> page = json.readValue(body, Argument.mapOf(String.class, Object.class));
            return ((List<Map<String, Object>>) page.get("items")).stream().filter(i -> incident.toString().equals(i.get("incidentId"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<String, Object>> euItem(UUID notice) {
        String body = http().get("/api/v1/inbox", TestTokens.bearer("coordinator", "EU", "COORDINATOR")).body();
        try {
            Map<String, Object> page = json.readValue(body, Argument.mapOf(String.class, Object.class));
            return ((List<Map<String, Object>>) page.get("items")).stream().filter(i -> notice.toString().equals(i.get("alertId"))).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int waitingOverdues(UUID alert) throws Exception {
        Map<String, String> db = service.properties();
        try (Connection connection = DriverManager.getConnection(db.get("datasources.default.url"), db.get("datasources.default.username"),
                db.get("datasources.default.password"));
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM contact_points.early_overdue WHERE alert_id = ?")) {
            query.setObject(1, alert);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<String, Object>> item(String country, UUID alert, String query) {
        String body = http().get("/api/v1/inbox" + query, TestTokens.bearer("ncp." + country.toLowerCase(), country, "NCP")).body();
        try {
            Map<String, Object> page = json.readValue(body, Argument.mapOf(String.class, Object.class));
            return ((List<Map<String, Object>>) page.get("items")).stream().filter(i -> alert.toString().equals(i.get("alertId"))).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dispatched(UUID alert, UUID incident, String country, String mode, UUID exercise, Instant at, Instant deadline) {
        return """
                {"alertId":"%s","incidentId":"%s","country":"%s","kind":"ALERT","severity":"HIGH","tlp":"AMBER","mode":"%s",%s
                 "title":"Ransomware on grid operator","level":"TECHNICAL","reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s"}"""
                .formatted(alert, incident, country, mode, exercise == null ? "" : "\"exerciseId\":\"" + exercise + "\",", at, deadline);
    }

    private TestHttp http() {
        return new TestHttp(server.getURL());
    }
}
