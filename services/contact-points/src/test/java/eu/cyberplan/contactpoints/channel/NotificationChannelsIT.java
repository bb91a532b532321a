package eu.cyberplan.contactpoints.channel;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.cyberplan.contactpoints.inbox.InboxItem;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static eu.cyberplan.testing.TestJson.each;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Notification channels against real PostgreSQL, Kafka, a real HTTP receiver and a real SMTP server (GreenMail): a new
 * alert reaches the webhook, signed so the receiver can check it, and the mailboxes of the channel and of the person on
 * duty; failures are retried with backoff and shown, and given up only visibly.
 */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationChannelsIT implements TestPropertyProvider {

    private static final String SECRET = "a-webhook-secret-of-well-over-32-characters";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private ServiceUnderTest service;
    private GreenMail smtp;
    private WebhookReceiver receiver;

    @Inject
    EmbeddedServer server;
    @Inject
    Notifications notifications;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    JsonMapper json;
    @Inject
    MeterRegistry meters;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("contact_points");
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        receiver = new WebhookReceiver();
        Map<String, String> properties = new HashMap<>(service.properties());
        properties.put("cyberplan.smtp.host", "127.0.0.1");
        properties.put("cyberplan.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
        properties.put("cyberplan.smtp.starttls", "false");
        properties.put("cyberplan.smtp.from", "cyberplan@cyberplan.test");
        properties.put("cyberplan.notifications.poll-interval", "200ms");
        properties.put("cyberplan.notifications.backoff.initial", "2s");
        properties.put("cyberplan.notifications.backoff.max", "3s");
        properties.put("cyberplan.notifications.max-attempts", "3");
        // The receiver runs on this machine: loopback is allowed for tests only (never by default), own service ports still not.
        properties.put("cyberplan.notifications.webhook.allow-loopback", "true");
        return properties;
    }

    /** The rosters of EE and SK, from a minute ago: duty.cc as primary, backup.cc (a person added here) as backup. */
    @BeforeAll
    void rosterTheOfficersOnDuty() {
        for (String country : List.of("EE", "SK")) {
            String cc = country.toLowerCase(Locale.ROOT);
            String ncp = TestTokens.bearer("ncp." + cc, country, "NCP");
            assertThat(put("/api/v1/countries/" + country + "/people/backup." + cc, ncp,
                    "{\"name\":\"Backup officer\",\"email\":\"backup.%s@cert.%s.example\"}".formatted(cc, cc)).statusCode()).isEqualTo(200);
            Instant from = Instant.now().minusSeconds(60);
            Instant to = from.plus(Duration.ofHours(4));
            // The window replaces every shift that started in the last day too: a demo shift of duty.cc still running
            // (they last 12 h) would otherwise overlap the new one, depending on the time of day the test runs.
            Instant window = from.minus(Duration.ofDays(1));
            HttpResponse<String> roster = put("/api/v1/countries/" + country + "/roster", ncp, """
                    {"from":"%s","to":"%s","shifts":[{"person":"duty.%s","role":"PRIMARY","start":"%s","end":"%s"},
                                                     {"person":"backup.%s","role":"BACKUP","start":"%s","end":"%s"}]}"""
                    .formatted(window, to, cc, from, to, cc, from, to));
            assertThat(roster.statusCode()).as(roster.body()).isEqualTo(200);
        }
    }

    @AfterAll
    void stopServers() {
        receiver.close();
        smtp.stop();
    }

    @Test
    void shouldSignTheWebhookSoTheReceiverCanVerifyIt() throws Exception {
        HttpResponse<String> put = put("/api/v1/countries/EE/channels", TestTokens.bearer("ncp.ee", "EE", "NCP"),
                "{\"channels\":[{\"route\":\"PRIMARY\",\"kind\":\"WEBHOOK\",\"address\":\"%s\",\"secret\":\"%s\"}]}".formatted(receiver.url("/ee"), SECRET));
        assertThat(put.statusCode()).isEqualTo(200);
        HttpResponse<String> get = http().get("/api/v1/countries/EE/channels", TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"));
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(each(get.body(), "channels", "secretSet")).contains("true");
        assertThat(each(get.body(), "channels", "address")).contains(receiver.url("/ee"));
        assertThat(get.body()).doesNotContain(SECRET);
        assertThat(put.body()).doesNotContain(SECRET);

        UUID alert = dispatch("EE", "REAL", "AMBER", "Grid outage");
        await().atMost(WAIT).until(() -> !receiver.requests("/ee").isEmpty());
        WebhookReceiver.Request request = receiver.requests("/ee").get(0);

        // The receiver's own check, computed here with javax.crypto alone.
        String[] parts = request.signature().split(",");
        assertThat(parts[0]).startsWith("t=");
        assertThat(parts[1]).startsWith("v1=");
        long t = Long.parseLong(parts[0].substring(2));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
        assertThat(parts[1].substring(3)).isEqualTo(HexFormat.of().formatHex(mac.doFinal(request.body())));
        assertThat(Math.abs(Instant.now().getEpochSecond() - t)).isLessThan(300);
        assertThat(WebhookSignature.verify(SECRET, request.signature(), request.body(), Instant.now(), Duration.ofMinutes(5))).isTrue();

        Map<String, Object> payload = json.readValue(request.body(), Argument.mapOf(String.class, Object.class));
        assertThat(payload).containsEntry("alertId", alert.toString()).containsEntry("notificationId", request.delivery())
                .containsEntry("country", "EE").containsEntry("route", "PRIMARY").containsEntry("title", "Grid outage")
                .containsEntry("tlp", "AMBER").containsEntry("mode", "REAL").containsEntry("onDuty", "duty.ee@cert.ee.example")
                .containsKeys("incidentId", "kind", "severity", "ackDeadline");
        @SuppressWarnings("unchecked")
        Map<String, String> texts = (Map<String, String>) payload.get("texts");
        assertThat(texts).containsOnlyKeys("et", "en");
        assertThat(texts.get("et")).contains("Pealkiri: Grid outage");
        assertThat(texts.get("en")).contains("Title: Grid outage");
        await().atMost(WAIT).untilAsserted(() -> assertThat(notification("EE", alert, "WEBHOOK", "PRIMARY"))
                .containsEntry("status", "SENT").containsEntry("attempts", 1).containsEntry("target", receiver.url("/ee")));
    }

    @Test
    void shouldRetryAFailingWebhookWithBackoffAndShowWhy() {
        receiver.answerFirst("/lt", 500);
        assertThat(put("/api/v1/countries/LT/channels", TestTokens.bearer("owner.lt", "LT", "PLAN_OWNER"),
                "{\"channels\":[{\"route\":\"PRIMARY\",\"kind\":\"WEBHOOK\",\"address\":\"%s\",\"secret\":\"%s\"}]}".formatted(receiver.url("/lt"), SECRET))
                .statusCode()).isEqualTo(200);

        UUID alert = dispatch("LT", "REAL", "GREEN", "Phishing wave");
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> assertThat(notification("LT", alert, "WEBHOOK", "PRIMARY"))
                .containsEntry("status", "PENDING").containsEntry("attempts", 1).containsEntry("lastError", "HTTP 500")
                .extractingByKey("nextAttemptAt").isNotNull());
        await().atMost(WAIT).untilAsserted(() -> assertThat(notification("LT", alert, "WEBHOOK", "PRIMARY"))
                .containsEntry("status", "SENT").containsEntry("attempts", 2).extractingByKey("sentAt").isNotNull());

        List<WebhookReceiver.Request> requests = receiver.requests("/lt");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).delivery()).as("a retry is the same delivery, for the receiver to dedupe").isEqualTo(requests.get(0).delivery());
        assertThat(Duration.between(requests.get(0).at(), requests.get(1).at())).as("waited the backoff").isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        requests.forEach(r -> assertThat(WebhookSignature.verify(SECRET, r.signature(), r.body(), Instant.now(), Duration.ofMinutes(5))).isTrue());
    }

    @Test
    void shouldGiveUpAfterTheLastAttemptVisibly() {
        receiver.answerAlways("/lu", 503);
        assertThat(put("/api/v1/countries/LU/channels", TestTokens.bearer("coordinator", "EU", "COORDINATOR"),
                "{\"channels\":[{\"route\":\"PRIMARY\",\"kind\":\"WEBHOOK\",\"address\":\"%s\",\"secret\":\"%s\"}]}".formatted(receiver.url("/lu"), SECRET))
                .statusCode()).isEqualTo(200);

        UUID alert = dispatch("LU", "REAL", "AMBER", "DDoS on banks");
        await().atMost(WAIT).untilAsserted(() -> assertThat(notification("LU", alert, "WEBHOOK", "PRIMARY"))
                .containsEntry("status", "FAILED").containsEntry("attempts", 3).containsEntry("lastError", "HTTP 503")
                .containsEntry("nextAttemptAt", null));
        assertThat(receiver.requests("/lu")).hasSize(3);
        assertThat(page("LU", "?status=FAILED").get("total")).isEqualTo(1);
        assertThat(meters.get("cyberplan.notifications.failed").tag("channel", "WEBHOOK").counter().count()).isGreaterThanOrEqualTo(1);
        assertThat(http().get("/prometheus", null).body()).contains("cyberplan_notifications_failed_total{channel=\"WEBHOOK\"");
    }

    @Test
    void shouldListOneIncidentsNotificationsWithTheirFailuresOnlyToTheCountryAndCoordinators() {
        receiver.answerAlways("/mt", 503);
        assertThat(put("/api/v1/countries/MT/channels", TestTokens.bearer("ncp.mt", "MT", "NCP"), """
                {"channels":[{"route":"PRIMARY","kind":"WEBHOOK","address":"%s","secret":"%s"},
                             {"route":"PRIMARY","kind":"EMAIL","address":"desk@cert.mt.example"}]}""".formatted(receiver.url("/mt"), SECRET))
                .statusCode()).isEqualTo(200);
        UUID incident = UUID.randomUUID();
        UUID alert = dispatch("MT", "REAL", "AMBER", "Ferry booking outage", Instant.now().plusSeconds(3600), incident, null);
        UUID other = dispatch("MT", "REAL", "AMBER", "Another case", Instant.now().plusSeconds(3600), UUID.randomUUID(), null);
        await().atMost(WAIT).untilAsserted(() -> assertThat(notification("MT", alert, "WEBHOOK", "PRIMARY")).containsEntry("status", "FAILED"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(notification("MT", other, "WEBHOOK", "PRIMARY")).containsEntry("status", "FAILED"));

        // The channels and the person on duty (duty.mt, by e-mail) are reached for each alert: the case's are its alert's only.
        long ofAlert = field(page("MT", "?size=500"), "alertId").stream().filter(alert.toString()::equals).count();
        Map<String, Object> ofCase = page("MT", "?incidentId=" + incident);
        assertThat(ofCase.get("total")).isEqualTo((int) ofAlert);
        assertThat(field(ofCase, "alertId")).hasSize((int) ofAlert).containsOnly(alert.toString());
        assertThat(field(ofCase, "target")).contains(receiver.url("/mt"), "desk@cert.mt.example");
        Map<String, Object> failed = page("MT", "?status=FAILED&incidentId=" + incident);
        assertThat(failed.get("total")).isEqualTo(1);
        assertThat(field(failed, "lastError")).containsExactly("HTTP 503");
        assertThat(field(failed, "attempts")).containsExactly(3);
        assertThat(page("MT", "?incidentId=" + UUID.randomUUID()).get("total")).as("an incident without notifications here").isEqualTo(0);

        HttpResponse<String> coordinator = http().get("/api/v1/countries/MT/notifications?incidentId=" + incident,
                TestTokens.bearer("coordinator", "EU", "COORDINATOR"));
        assertThat(coordinator.statusCode()).isEqualTo(200);
        assertThat(json(coordinator.body()).get("total")).isEqualTo((int) ofAlert);
        assertProblem(http().get("/api/v1/countries/MT/notifications?incidentId=" + incident, TestTokens.bearer("ncp.cy", "CY", "NCP")), 403);
        assertProblem(http().get("/api/v1/countries/MT/notifications?incidentId=not-an-id", TestTokens.bearer("ncp.mt", "MT", "NCP")), 422);
    }

    @Test
    void shouldMailTheChannelAndThePersonOnDutyWithoutConfidentialDetails() throws Exception {
        assertThat(put("/api/v1/countries/SK/channels", TestTokens.bearer("coordinator", "EU", "COORDINATOR"), """
                {"channels":[{"route":"PRIMARY","kind":"EMAIL","address":"ncp@cert.sk.example"},
                             {"route":"BACKUP","kind":"EMAIL","address":"backup-desk@cert.sk.example"}]}""").statusCode()).isEqualTo(200);
        Instant deadline = Instant.now().plusSeconds(3600);
        UUID real = dispatch("SK", "REAL", "AMBER", "Grid outage", deadline);
        UUID drill = dispatch("SK", "EXERCISE", "AMBER+STRICT", "Substation breach", deadline);

        await().atMost(WAIT).until(() -> mailTo("ncp@cert.sk.example").size() == 2 && mailTo("duty.sk@cert.sk.example").size() == 2);
        String due = DateTimeFormatter.ISO_INSTANT.format(deadline.truncatedTo(ChronoUnit.SECONDS));
        for (String recipient : List.of("ncp@cert.sk.example", "duty.sk@cert.sk.example")) {
            MimeMessage realMail = mailAbout(recipient, real);
            assertThat(realMail.getSubject()).isEqualTo("[CyberPlan] ALERT HIGH TLP:AMBER — Grid outage");
            assertThat(realMail.getFrom()[0].toString()).isEqualTo("cyberplan@cyberplan.test");
            assertThat((String) realMail.getContent()).contains("Grid outage", real.toString(), "Acknowledge by: " + due);
            // In Slovak first, then English (DESIGN §14), and the mail says so.
            assertThat((String) realMail.getContent()).contains("--- slovenčina (sk) ---", "Potvrďte do: " + due, "Názov: Grid outage", "--- English (en) ---");
            assertThat(realMail.getHeader("Content-Language")).containsExactly("sk, en");

            MimeMessage drillMail = mailAbout(recipient, drill);
            assertThat(drillMail.getSubject()).startsWith("EXERCISE EXERCISE EXERCISE ").contains("TLP:AMBER+STRICT").doesNotContain("Substation");
            assertThat((String) drillMail.getContent()).startsWith("EXERCISE EXERCISE EXERCISE").contains(drill.toString(), due, "read it in CyberPlan")
                    .doesNotContain("Substation");
        }
        assertThat(mailTo("backup-desk@cert.sk.example")).as("the backup route waits for escalation").isEmpty();

        InboxItem overdue = InboxItem.delivered(real, UUID.randomUUID(), "SK", "ALERT", Severity.HIGH, "AMBER", Mode.REAL, null, "Grid outage", "EE",
                "TECHNICAL", Instant.now(), deadline.plusSeconds(900), Instant.now(), null, null);
        assertThatThrownBy(() -> notifications.enqueue(overdue, Route.BACKUP)).as("only inside the inbox's transaction").isInstanceOf(RuntimeException.class);
        int queued = transactions.executeWrite(status -> notifications.enqueue(overdue, Route.BACKUP));
        assertThat(queued).isEqualTo(2);
        await().atMost(WAIT).until(() -> !mailTo("backup-desk@cert.sk.example").isEmpty() && !mailTo("backup.sk@cert.sk.example").isEmpty());
        assertThat(mailTo("backup.sk@cert.sk.example").get(0).getSubject()).isEqualTo("[CyberPlan] OVERDUE ALERT HIGH TLP:AMBER — Grid outage");
        // The log keeps the drill apart: real by default, the exercise view on ?mode=EXERCISE, each entry with its mode.
        await().atMost(WAIT).untilAsserted(() -> assertThat(page("SK", "?status=SENT").get("total")).isEqualTo(4));
        await().atMost(WAIT).untilAsserted(() -> assertThat(page("SK", "?status=SENT&mode=EXERCISE").get("total")).isEqualTo(2));
        assertThat(field(page("SK", "?mode=REAL"), "mode")).containsOnly("REAL");
        assertThat(field(page("SK", "?mode=EXERCISE"), "mode")).containsOnly("EXERCISE").hasSize(2);
        assertThat(field(page("SK", "?mode=EXERCISE"), "alertId")).containsOnly(drill.toString());
        assertProblem(http().get("/api/v1/countries/SK/notifications?mode=DRILL", TestTokens.bearer("ncp.sk", "SK", "NCP")), 422);
    }

    @Test
    void shouldCallEveryMembersCycloneLiaisonOnceWhenACaseReachesTheOperationalLevel() throws Exception {
        String ncpLv = TestTokens.bearer("ncp.lv", "LV", "NCP");
        assertThat(put("/api/v1/countries/LV/channels", ncpLv,
                "{\"channels\":[{\"route\":\"LIAISON\",\"kind\":\"EMAIL\",\"address\":\"cyclone-desk@cert.lv.example\"}]}").statusCode())
                .isEqualTo(200);
        assertThat(put("/api/v1/countries/LV/people/liaison.lv", ncpLv,
                "{\"name\":\"Deputy liaison\",\"email\":\"deputy.liaison@ncsa.lv.example\",\"roles\":[\"CYCLONE_LIAISON\"]}").statusCode())
                .isEqualTo(200);
        UUID incident = UUID.randomUUID();
        dispatch("LV", "REAL", "AMBER", "Wiper on two grid operators", Instant.now().plusSeconds(3600), incident, null);
        await().atMost(WAIT).until(() -> inInbox("LV", incident));

        UUID raise = UUID.randomUUID();
        String raised = levelChange(incident, "TECHNICAL", "OPERATIONAL", Instant.now(), "REAL", null);
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publishMarked(service.topic("protocol.v1"), incident.toString(), raise, EventTypes.CRISIS_LEVEL_CHANGED, raised, null, "AMBER");
            publisher.publishMarked(service.topic("protocol.v1"), incident.toString(), raise, EventTypes.CRISIS_LEVEL_CHANGED, raised, null, "AMBER");
            // Redelivered under another event id (a producer's retry after a timeout): the call is the same, nobody is called twice.
            publisher.publishMarked(service.topic("protocol.v1"), incident.toString(), UUID.randomUUID(), EventTypes.CRISIS_LEVEL_CHANGED, raised, null,
                    "AMBER");
        }
        List<String> lvLiaisons = List.of("cyclone-desk@cert.lv.example", "cyclone@ncsa.lv.example", "deputy.liaison@ncsa.lv.example");
        await().atMost(WAIT).until(() -> lvLiaisons.stream().allMatch(to -> !liaisonMail(to, "OPERATIONAL").isEmpty())
                && !liaisonMail("cyclone@ncsa.pt.example", "OPERATIONAL").isEmpty());
        for (String to : lvLiaisons) {
            MimeMessage mail = liaisonMail(to, "OPERATIONAL").stream().filter(m -> about(m, incident)).findFirst().orElseThrow();
            assertThat(mail.getSubject()).isEqualTo("[CyberPlan] EU-CyCLONe OPERATIONAL TLP:AMBER — Wiper on two grid operators");
            assertThat((String) mail.getContent()).contains("TECHNICAL → OPERATIONAL", "Reported by: EE", "Why: spreading to a third member",
                    "Your country takes part in this case");
        }
        // PT was not alerted: under TLP:AMBER its liaison learns only that a case so marked reached the level.
        MimeMessage pt = liaisonMail("cyclone@ncsa.pt.example", "OPERATIONAL").get(0);
        assertThat(pt.getSubject()).isEqualTo("[CyberPlan] EU-CyCLONe OPERATIONAL TLP:AMBER — a case reached the operational level");
        assertThat((String) pt.getContent()).doesNotContain(incident.toString(), "Wiper", "spreading", "Reported by");
        assertThat(mailTo("cyclone@ncsa.no.example")).as("Norway is in the plan, not in EU-CyCLONe").isEmpty();

        // Lowering calls nobody; every call stays once in the log, on the LIAISON route.
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publishMarked(service.topic("protocol.v1"), incident.toString(), UUID.randomUUID(), EventTypes.CRISIS_LEVEL_CHANGED,
                    levelChange(incident, "OPERATIONAL", "TECHNICAL", Instant.now(), "REAL", null), null, "AMBER");
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(liaisonLog("LV", incident)).hasSize(3)
                .allSatisfy(n -> assertThat(n).containsEntry("status", "SENT").containsEntry("channel", "EMAIL").containsEntry("mode", "REAL")));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> lvLiaisons.stream()
                .allMatch(to -> liaisonMail(to, "OPERATIONAL").stream().filter(m -> about(m, incident)).count() == 1));
        assertThat(mailTo("cyclone@ncsa.lv.example").stream().filter(m -> about(m, incident)).count()).as("nothing about the lowering").isEqualTo(1);
    }

    @Test
    void shouldCallOnlyTheLiaisonsOfAnExercisesPartiesUnderItsBanner() throws Exception {
        UUID incident = UUID.randomUUID();
        UUID exercise = UUID.randomUUID();
        dispatch("HR", "EXERCISE", "GREEN", "Drill: wiper at a port", Instant.now().plusSeconds(3600), incident, exercise);
        await().atMost(WAIT).until(() -> inInbox("HR", incident));
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publishMarked(service.topic("protocol.v1.exercise"), incident.toString(), UUID.randomUUID(), EventTypes.CRISIS_LEVEL_CHANGED,
                    levelChange(incident, "TECHNICAL", "POLITICAL", Instant.now(), "EXERCISE", exercise), exercise, "GREEN");
        }
        await().atMost(WAIT).until(() -> mailTo("cyclone@ncsa.hr.example").stream().anyMatch(m -> about(m, incident)));
        MimeMessage hr = mailTo("cyclone@ncsa.hr.example").stream().filter(m -> about(m, incident)).findFirst().orElseThrow();
        assertThat(hr.getSubject()).startsWith("EXERCISE EXERCISE EXERCISE [CyberPlan] EU-CyCLONe POLITICAL TLP:GREEN");
        assertThat((String) hr.getContent()).startsWith("EXERCISE EXERCISE EXERCISE");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> mailTo("cyclone@ncsa.si.example").stream()
                .noneMatch(m -> about(m, incident)));
    }

    private static String levelChange(UUID incident, String from, String to, Instant at, String mode, UUID exercise) {
        return """
                {"incidentId":"%s","reporterCountry":"EE","fromLevel":"%s","toLevel":"%s","reason":"spreading to a third member",
                 "changedBy":"coordinator","changedAt":"%s","newRecipients":[],"planVersion":1,"mode":"%s"%s}"""
                .formatted(incident, from, to, at, mode, exercise == null ? "" : ",\"exerciseId\":\"" + exercise + "\"");
    }

    private List<MimeMessage> liaisonMail(String to, String level) {
        return mailTo(to).stream().filter(m -> {
            try {
                return m.getSubject().contains("EU-CyCLONe " + level);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private List<Map<String, Object>> liaisonLog(String country, UUID incident) {
        List<?> items = (List<?>) page(country, "?size=200").get("items");
        return items.stream().map(i -> {
            @SuppressWarnings("unchecked") Map<String, Object> item = (Map<String, Object>) i;
            return item;
        }).filter(i -> "LIAISON".equals(i.get("route")) && String.valueOf(i.get("subject")).contains("Wiper")).toList();
    }

    private boolean inInbox(String country, UUID incident) {
        HttpResponse<String> inbox = http().get("/api/v1/inbox?size=500&mode=" + (country.equals("HR") ? "EXERCISE" : "REAL"),
                TestTokens.bearer("ncp." + country.toLowerCase(Locale.ROOT), country, "NCP"));
        return inbox.statusCode() == 200 && inbox.body().contains(incident.toString());
    }

    private static boolean about(MimeMessage mail, UUID incident) {
        try {
            return ((String) mail.getContent()).contains(incident.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldRefuseWebhooksToLoopbackLinkLocalPrivateOrOwnServicesNamingTheField() {
        String ncp = TestTokens.bearer("ncp.pt", "PT", "NCP");
        for (String address : List.of("http://127.0.0.1:8083/api/v1/cases", "http://169.254.169.254/latest/meta-data/",
                "http://10.1.2.3/pager", "http://[::ffff:169.254.169.254]/", "http://[fe80::1]/hook", "http://0.0.0.0:8081/",
                "http://224.0.0.1/hook", "http://192.168.1.1/hook")) {
            HttpResponse<String> refused = put("/api/v1/countries/PT/channels", ncp,
                    "{\"channels\":[{\"route\":\"PRIMARY\",\"kind\":\"WEBHOOK\",\"address\":\"%s\",\"secret\":\"%s\"}]}"
                            .formatted(address, SECRET));
            assertProblem(refused, 422);
            List<?> errors = (List<?>) json(refused.body()).get("errors");
            assertThat(errors).as(address).hasSize(1);
            assertThat(((Map<?, ?>) errors.get(0)).get("field")).isEqualTo("channels[0].address");
            assertThat(String.valueOf(((Map<?, ?>) errors.get(0)).get("message"))).startsWith("must be a public address");
        }
        assertThat((List<?>) json(http().get("/api/v1/countries/PT/channels", ncp).body()).get("channels")).as("nothing saved").isEmpty();
    }

    @Test
    void shouldRefuseToSendToAnAddressThatBecameRefusedAndSayWhy() {
        // Saved when it was allowed (here: written directly, as if its name had resolved to a public address then).
        transactions.executeWrite(status -> {
            try (var insert = status.getConnection().prepareStatement("""
                    INSERT INTO notification_channel (id, country, route, kind, address, secret, updated_by, updated_at)
                    VALUES (gen_random_uuid(), 'HR', 'PRIMARY', 'WEBHOOK', 'http://169.254.169.254/latest/meta-data/', ?, 'ncp.hr', now())""")) {
                insert.setString(1, SECRET);
                return insert.executeUpdate();
            }
        });
        UUID alert = dispatch("HR", "REAL", "AMBER", "Ransomware at a port");
        // Refused before any connection: failed at once, no retry, and the log says why.
        await().atMost(WAIT).untilAsserted(() -> assertThat(notification("HR", alert, "WEBHOOK", "PRIMARY"))
                .containsEntry("status", "FAILED").containsEntry("attempts", 1)
                .hasEntrySatisfying("lastError", e -> assertThat(String.valueOf(e)).startsWith("refused address:").contains("link-local")));
    }

    @Test
    void shouldLetOnlyTheCountrysPeopleAndCoordinatorsSeeOrChangeItsChannels() {
        String valid = "{\"channels\":[{\"route\":\"PRIMARY\",\"kind\":\"EMAIL\",\"address\":\"ncp@cert.fi.example\"}]}";
        String invalid = "{\"channels\":[{\"route\":\"PRIMARY\",\"kind\":\"EMAIL\",\"address\":\"nope\"}]}";
        String otherNcp = TestTokens.bearer("ncp.lv", "LV", "NCP");
        String planner = TestTokens.bearer("planner", "EU", "EXERCISE_PLANNER");
        String auditor = TestTokens.bearer("auditor", "EU", "AUDITOR");

        for (String path : List.of("/api/v1/countries/FI/channels", "/api/v1/countries/FI/notifications")) {
            assertProblem(http().get(path, otherNcp), 403);
            assertProblem(http().get(path, planner), 403);
            assertProblem(http().get(path, auditor), 403);
            assertProblem(http().get(path, null), 401);
            for (String allowed : List.of(TestTokens.bearer("ncp.fi", "FI", "NCP"), TestTokens.bearer("duty.fi", "FI", "DUTY_OFFICER"),
                    TestTokens.bearer("owner.fi", "FI", "PLAN_OWNER"), TestTokens.bearer("coordinator", "EU", "COORDINATOR"))) {
                assertThat(http().get(path, allowed).statusCode()).isEqualTo(200);
            }
        }
        assertProblem(put("/api/v1/countries/FI/channels", otherNcp, valid), 403);
        assertProblem(put("/api/v1/countries/FI/channels", otherNcp, invalid), 403);
        assertProblem(put("/api/v1/countries/FI/channels", planner, invalid), 403);
        assertProblem(put("/api/v1/countries/FI/channels", null, valid), 401);
        assertThat(put("/api/v1/countries/fi/channels", TestTokens.bearer("duty.fi", "FI", "DUTY_OFFICER"), valid).statusCode()).isEqualTo(200);

        String coordinator = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
        assertProblem(http().get("/api/v1/countries/US/channels", coordinator), 404);
        assertProblem(http().get("/api/v1/countries/XX/notifications", coordinator), 422);
        assertProblem(put("/api/v1/countries/US/channels", coordinator, valid), 404);
        Map<String, Object> page = page("FI", "");
        assertThat(page).containsKeys("items", "page", "size", "total");
    }

    @Test
    void shouldRefuseInvalidChannelsNamingTheFieldAndChangeNothing() {
        String ncp = TestTokens.bearer("ncp.ie", "IE", "NCP");
        String first = "{\"channels\":[{\"route\":\"BACKUP\",\"kind\":\"WEBHOOK\",\"address\":\"http://pager.cert.ie.example/hook\",\"secret\":\"%s\"}]}"
                .formatted(SECRET);
        assertThat(put("/api/v1/countries/IE/channels", ncp, first).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = put("/api/v1/countries/IE/channels", ncp, """
                {"channels":[{"route":"PRIMARY","kind":"WEBHOOK","address":"ftp://pager.cert.ie.example","secret":"%s"},
                             {"route":"PRIMARY","kind":"WEBHOOK","address":"https://pager.cert.ie.example","secret":"too-short"},
                             {"route":"PRIMARY","kind":"EMAIL","address":"not-an-address"},
                             {"route":"SIDEWAYS","kind":"EMAIL","address":"ncp@cert.ie.example"}]}""".formatted(SECRET));
        assertProblem(refused, 422);
        Map<String, Object> problem = json(refused.body());
        assertThat(((List<?>) problem.get("errors")).stream().map(e -> String.valueOf(((Map<?, ?>) e).get("field"))).toList())
                .containsExactlyInAnyOrder("channels[0].address", "channels[1].secret", "channels[2].address", "channels[3].route");
        assertProblem(put("/api/v1/countries/IE/channels", ncp, "{}"), 422);
        assertProblem(http().get("/api/v1/countries/IE/notifications?status=LOST", ncp), 422);

        // Sent back as read (no secret), the webhook keeps its secret.
        HttpResponse<String> kept = put("/api/v1/countries/IE/channels", ncp,
                "{\"channels\":[{\"route\":\"BACKUP\",\"kind\":\"WEBHOOK\",\"address\":\"http://pager.cert.ie.example/hook\"}]}");
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(each(kept.body(), "channels", "secretSet")).contains("true");
        assertThat(each(kept.body(), "channels", "route")).contains("BACKUP");
        assertThat(kept.body()).doesNotContain("SIDEWAYS", "not-an-address");
    }

    private UUID dispatch(String country, String mode, String tlp, String title) {
        return dispatch(country, mode, tlp, title, Instant.now().plusSeconds(3600));
    }

    private UUID dispatch(String country, String mode, String tlp, String title, Instant deadline) {
        return dispatch(country, mode, tlp, title, deadline, UUID.randomUUID(), Mode.EXERCISE.name().equals(mode) ? UUID.randomUUID() : null);
    }

    private UUID dispatch(String country, String mode, String tlp, String title, Instant deadline, UUID incident, UUID exerciseId) {
        UUID alert = UUID.randomUUID();
        boolean exercise = Mode.EXERCISE.name().equals(mode);
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic(exercise ? "alerts.v1.exercise" : "alerts.v1"), incident.toString(), UUID.randomUUID(),
                    EventTypes.ALERT_DISPATCHED, """
                    {"alertId":"%s","incidentId":"%s","country":"%s","kind":"ALERT","severity":"HIGH","tlp":"%s","mode":"%s",%s
                     "title":"%s","level":"TECHNICAL","reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s"}"""
                    .formatted(alert, incident, country, tlp, mode, exercise ? "\"exerciseId\":\"" + exerciseId + "\"," : "",
                            title, Instant.now(), deadline));
        }
        return alert;
    }

    private Map<String, Object> notification(String country, UUID alert, String channel, String route) {
        List<?> items = (List<?>) page(country, "").get("items");
        return items.stream().map(i -> {
            @SuppressWarnings("unchecked") Map<String, Object> item = (Map<String, Object>) i;
            return item;
        }).filter(i -> alert.toString().equals(i.get("alertId")) && channel.equals(i.get("channel")) && route.equals(i.get("route")))
                .findFirst().orElse(Map.of());
    }

    private Map<String, Object> page(String country, String query) {
        HttpResponse<String> response = http().get("/api/v1/countries/" + country + "/notifications" + query,
                TestTokens.bearer("ncp." + country.toLowerCase(), country, "NCP"));
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response.body());
    }

    private static List<Object> field(Map<String, Object> page, String name) {
        return ((List<?>) page.get("items")).stream().<Object>map(i -> ((Map<?, ?>) i).get(name)).toList();
    }

    private List<MimeMessage> mailTo(String recipient) {
        return PagingFixture.mailTo(smtp, recipient);
    }

    private MimeMessage mailAbout(String recipient, UUID alert) {
        return mailTo(recipient).stream().filter(m -> {
            try {
                return ((String) m.getContent()).contains(alert.toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no mail to " + recipient + " about " + alert));
    }

    private Map<String, Object> json(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private TestHttp http() {
        return new TestHttp(server.getURL());
    }

    private HttpResponse<String> put(String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("PUT " + path, e);
        }
    }
}
