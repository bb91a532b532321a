package eu.cyberplan.contactpoints.channel;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static eu.cyberplan.contactpoints.channel.PagingFixture.ncp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17: an acknowledgement stops all paging. A webhook that keeps failing (a real local receiver answering 500)
 * retries until someone answers, then nothing more is sent: its notifications are CANCELLED with the reason, and the
 * receiver's count stays put. The same for a recall, a closed case and ENDEX.
 */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagingStopsIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(60);
    // Longer than a few backoffs (1 s here): had anything been left to send, it would have been sent by then.
    private static final Duration QUIET = Duration.ofSeconds(4);

    private ServiceUnderTest service;
    private WebhookReceiver receiver;
    private PagingFixture paging;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("contact_points");
        receiver = new WebhookReceiver();
        Map<String, String> properties = new HashMap<>(service.properties());
        properties.put("cyberplan.notifications.poll-interval", "100ms");
        properties.put("cyberplan.notifications.backoff.initial", "500ms");
        properties.put("cyberplan.notifications.backoff.max", "1s");
        properties.put("cyberplan.notifications.max-attempts", "1000");
        // The receiver runs on this machine: loopback is allowed for tests only.
        properties.put("cyberplan.notifications.webhook.allow-loopback", "true");
        return properties;
    }

    @BeforeAll
    void fixture() {
        paging = new PagingFixture(service, new TestHttp(server.getURL()), json);
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void shouldStopRetryingAFailingWebhookOnceTheAlertIsAcknowledged() {
        receiver.answerAlways("/lv", 500);
        paging.webhook("LV", receiver.url("/lv"));
        UUID alert = paging.dispatch("LV", UUID.randomUUID(), null);
        await().atMost(WAIT).until(() -> receiver.requests("/lv").size() >= 3);
        assertThat(webhookOf("LV", alert, "REAL")).containsEntry("status", "PENDING").containsEntry("lastError", "HTTP 500");

        HttpResponse<String> ack = http().post("/api/v1/inbox/" + alert + "/ack", ncp("LV"), "{\"note\":\"on it\"}");
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);

        Map<String, Object> cancelled = webhookOf("LV", alert, "REAL");
        assertThat(cancelled).containsEntry("status", "CANCELLED").containsEntry("cancelReason", "alert acknowledged by ncp.lv")
                .containsEntry("nextAttemptAt", null).containsEntry("lastError", "HTTP 500");
        assertThat(cancelled.get("cancelledAt")).isNotNull();
        assertNothingMoreSent("/lv", cancelled);
        assertThat(receiver.requests("/lv")).as("nothing else was sent there either").extracting(WebhookReceiver.Request::delivery)
                .containsOnly(String.valueOf(cancelled.get("id")));
        assertThat(paging.notificationsOf("LV", alert, "REAL")).as("every channel and route of the alert, e-mail to the officer on duty included")
                .isNotEmpty().allSatisfy(n -> assertThat(n).containsEntry("status", "CANCELLED"));
        assertThat(PagingFixture.items(paging.page("LV", "?status=CANCELLED"))).extracting(n -> n.get("alertId")).contains(alert.toString());
    }

    @Test
    void shouldStopPagingARecalledAlert() {
        receiver.answerAlways("/lt", 500);
        paging.webhook("LT", receiver.url("/lt"));
        UUID incident = UUID.randomUUID();
        UUID alert = paging.dispatch("LT", incident, null);
        await().atMost(WAIT).until(() -> receiver.requests("/lt").size() >= 2);

        paging.publish("alerts.v1", incident, EventTypes.ALERT_RECALLED, """
                {"alertId":"%s","recallsAlertId":"%s","incidentId":"%s","country":"LT","severity":"HIGH","tlp":"AMBER","mode":"REAL",
                 "reason":"filed by mistake","reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s"}"""
                .formatted(UUID.randomUUID(), alert, incident, Instant.now(), Instant.now().plusSeconds(3600)), null);

        await().atMost(WAIT).untilAsserted(() -> assertThat(webhookOf("LT", alert, "REAL"))
                .containsEntry("status", "CANCELLED").containsEntry("cancelReason", "alert recalled: filed by mistake"));
        // The recall itself is news for LT and is paged as any item; the recalled alert is not.
        assertNothingMoreSent("/lt", webhookOf("LT", alert, "REAL"));
    }

    @Test
    void shouldStopPagingEveryAlertOfAClosedCase() {
        receiver.answerAlways("/fi", 500);
        paging.webhook("FI", receiver.url("/fi"));
        UUID incident = UUID.randomUUID();
        UUID first = paging.dispatch("FI", incident, null);
        UUID second = paging.dispatch("FI", incident, null);
        UUID otherCase = paging.dispatch("FI", UUID.randomUUID(), null);
        await().atMost(WAIT).until(() -> receiver.requests("/fi").size() >= 6);

        paging.publish("protocol.v1", incident, EventTypes.CASE_CLOSED, """
                {"incidentId":"%s","reporterCountry":"EE","reason":"incident closed","closedBy":"duty.ee","closedAt":"%s","mode":"REAL"}"""
                .formatted(incident, Instant.now()), null);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(webhookOf("FI", first, "REAL")).containsEntry("status", "CANCELLED").containsEntry("cancelReason", "case closed: incident closed");
            assertThat(webhookOf("FI", second, "REAL")).containsEntry("status", "CANCELLED");
        });
        assertThat(webhookOf("FI", otherCase, "REAL")).as("another case pages on").containsEntry("status", "PENDING");
        int before = receiver.requests("/fi").size();
        await().atMost(WAIT).until(() -> receiver.requests("/fi").size() > before);
        assertThat(receiver.requests("/fi").subList(before, receiver.requests("/fi").size())).extracting(WebhookReceiver.Request::delivery)
                .containsOnly(String.valueOf(webhookOf("FI", otherCase, "REAL").get("id")));
    }

    @Test
    void shouldStopPagingAnExerciseAtEndex() {
        receiver.answerAlways("/ee", 500);
        HttpResponse<String> channels = http().put("/api/v1/countries/EE/channels", ncp("EE"), """
                {"channels":[{"route":"PRIMARY","kind":"WEBHOOK","address":"%s","secret":"%s"},
                             {"route":"BACKUP","kind":"WEBHOOK","address":"%s","secret":"%s"}]}"""
                .formatted(receiver.url("/ee"), PagingFixture.SECRET, receiver.url("/ee-backup"), PagingFixture.SECRET));
        assertThat(channels.statusCode()).as(channels.body()).isEqualTo(200);
        UUID exercise = UUID.randomUUID();
        UUID incident = UUID.randomUUID();
        UUID alert = paging.dispatch("EE", incident, exercise);
        await().atMost(WAIT).until(() -> receiver.requests("/ee").size() >= 2);
        assertThat(paging.notificationsOf("EE", alert, "REAL")).as("not in the real log").isEmpty();

        paging.publish("exercises.v1.exercise", exercise, EventTypes.EXERCISE_ENDED, """
                {"exerciseId":"%s","exerciseSeconds":600,"injectsReleased":1,"injectsNotReleased":0,"scores":[],"endedBy":"planner",
                 "endedAt":"%s"}""".formatted(exercise, Instant.now()), exercise);

        await().atMost(WAIT).untilAsserted(() -> assertThat(webhookOf("EE", alert, "EXERCISE"))
                .containsEntry("status", "CANCELLED").containsEntry("mode", "EXERCISE").containsEntry("cancelReason", "ENDEX: exercise ended by planner"));
        assertNothingMoreSent("/ee", webhookOf("EE", alert, "EXERCISE"));

        // After ENDEX its deadline passing wakes no backup, and a late alert of it lands nowhere.
        paging.publish("protocol.v1.exercise", incident, EventTypes.ALERT_OVERDUE, """
                {"alertId":"%s","incidentId":"%s","country":"EE","severity":"HIGH","mode":"EXERCISE","exerciseId":"%s","dispatchedAt":"%s",
                 "missedDeadline":"%s","ackDeadline":"%s","overdueAt":"%s"}"""
                .formatted(alert, incident, exercise, Instant.now(), Instant.now(), Instant.now().plusSeconds(900), Instant.now()), exercise);
        await().atMost(WAIT).until(() -> "OVERDUE".equals(inboxItem("EE", alert).get("status")));
        UUID late = paging.dispatch("EE", incident, exercise);
        UUID otherExercise = paging.dispatch("EE", incident, UUID.randomUUID());
        await().atMost(WAIT).until(() -> !inboxItem("EE", otherExercise).isEmpty());
        assertThat(inboxItem("EE", late)).as("nothing of an ended exercise lands").isEmpty();
        assertThat(paging.notificationsOf("EE", alert, "EXERCISE")).extracting(n -> n.get("route")).doesNotContain("BACKUP");
        assertThat(paging.notificationsOf("EE", late, "EXERCISE")).isEmpty();
        assertThat(receiver.requests("/ee-backup")).as("no backup paged").isEmpty();
    }

    private Map<String, Object> inboxItem(String country, UUID alert) {
        return PagingFixture.items(paging.json(http().get("/api/v1/inbox?mode=EXERCISE&size=500", ncp(country)).body())).stream()
                .filter(i -> alert.toString().equals(i.get("alertId"))).findFirst().orElse(Map.of());
    }

    private TestHttp http() {
        return new TestHttp(server.getURL());
    }

    private Map<String, Object> webhookOf(String country, UUID alert, String mode) {
        List<Map<String, Object>> found = paging.notificationsOf(country, alert, mode).stream().filter(n -> "WEBHOOK".equals(n.get("channel"))).toList();
        assertThat(found).as("the webhook notification of " + alert).hasSize(1);
        return found.get(0);
    }

    /**
     * The receiver's count of the notification's deliveries stays put over several backoffs (a post already on the wire
     * when paging stopped may still land in the first moment: counted once it settled).
     */
    private void assertNothingMoreSent(String path, Map<String, Object> notification) {
        String delivery = String.valueOf(notification.get("id"));
        int[] settled = {deliveries(path, delivery)};
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            int now = deliveries(path, delivery);
            boolean same = now == settled[0];
            settled[0] = now;
            return same;
        });
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> deliveries(path, delivery) == settled[0]);
        assertThat(settled[0]).as("it had been tried before paging stopped").isPositive();
    }

    private int deliveries(String path, String delivery) {
        return (int) receiver.requests(path).stream().filter(r -> delivery.equals(r.delivery())).count();
    }
}
