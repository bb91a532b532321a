package eu.cyberplan.contactpoints.channel;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
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

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static eu.cyberplan.contactpoints.channel.PagingFixture.ncp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16, defence in depth on real PostgreSQL, Kafka and SMTP: whatever reaches this node, an exercise with
 * participants EE and LV lands in their inboxes, notifications and mailboxes, and never in a non-participant's (FR):
 * no inbox row, no notification row, no e-mail, while FR's real alerts go on reaching it.
 */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExerciseReachIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private ServiceUnderTest service;
    private GreenMail smtp;
    private PagingFixture paging;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("contact_points");
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        Map<String, String> properties = new HashMap<>(service.properties());
        properties.put("cyberplan.smtp.host", "127.0.0.1");
        properties.put("cyberplan.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
        properties.put("cyberplan.smtp.starttls", "false");
        properties.put("cyberplan.notifications.poll-interval", "200ms");
        return properties;
    }

    @BeforeAll
    void channels() {
        paging = new PagingFixture(service, new TestHttp(server.getURL()), json);
        for (String country : List.of("LV", "FR")) {
            String desk = "desk@cert." + country.toLowerCase() + ".example";
            assertThat(new TestHttp(server.getURL()).put("/api/v1/countries/" + country + "/channels", ncp(country),
                    "{\"channels\":[{\"route\":\"PRIMARY\",\"kind\":\"EMAIL\",\"address\":\"%s\"}]}".formatted(desk)).statusCode()).isEqualTo(200);
        }
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void shouldDeliverAnExerciseToItsParticipantsOnly() throws Exception {
        UUID exercise = UUID.randomUUID();
        paging.publish("exercises.v1.exercise", exercise, EventTypes.EXERCISE_STARTED, """
                {"exerciseId":"%s","name":"Baltic Shield","participants":["EE","LV"],"observers":[],"compression":10,"injects":2,
                 "startedBy":"planner","startedAt":"%s"}""".formatted(exercise, Instant.now()), exercise);
        await().atMost(WAIT).until(() -> knows(exercise));

        // One incident, one key, one partition: FR's alert is handled before LV's.
        UUID incident = UUID.randomUUID();
        UUID toFrance = paging.dispatch("FR", incident, exercise);
        UUID toLatvia = paging.dispatch("LV", incident, exercise);
        paging.publish("exercises.v1.exercise", exercise, EventTypes.INJECT_RELEASED, """
                {"exerciseId":"%s","sequence":1,"ref":"M1","offsetSeconds":60,"country":"FR","kind":"MESSAGE","title":"Call the minister",
                 "releasedAt":"%s"}""".formatted(exercise, Instant.now()), exercise);
        paging.publish("exercises.v1.exercise", exercise, EventTypes.INJECT_RELEASED, """
                {"exerciseId":"%s","sequence":2,"ref":"M2","offsetSeconds":60,"country":"LV","kind":"MESSAGE","title":"Call the minister",
                 "releasedAt":"%s"}""".formatted(exercise, Instant.now()), exercise);

        await().atMost(WAIT).until(() -> inbox("LV").size() == 2);
        await().atMost(WAIT).until(() -> mailTo("desk@cert.lv.example").size() == 2);
        assertThat(inbox("LV")).extracting(i -> i.get("mode")).containsOnly("EXERCISE");
        assertThat(paging.notificationsOf("LV", toLatvia, "EXERCISE")).isNotEmpty();

        assertThat(inbox("FR")).as("no inbox item").isEmpty();
        assertThat(rows("SELECT count(*) FROM inbox_item WHERE country = 'FR' AND exercise_id = ?", exercise)).isZero();
        assertThat(rows("SELECT count(*) FROM notification WHERE country = 'FR' AND mode = 'EXERCISE'", null)).as("no notification").isZero();
        assertThat(paging.notificationsOf("FR", toFrance, "EXERCISE")).isEmpty();

        // FR's real alerts still reach it, by inbox and mail: the gate is about the exercise, not about FR.
        UUID real = paging.dispatch("FR", UUID.randomUUID(), null);
        await().atMost(WAIT).until(() -> mailTo("desk@cert.fr.example").size() == 1);
        assertThat(mailTo("desk@cert.fr.example").get(0).getSubject()).doesNotContain("EXERCISE");
        assertThat(paging.notificationsOf("FR", real, "REAL")).isNotEmpty();
    }

    @Test
    void shouldHoldTheExercisesDeadlinesWhileItIsPausedAndMoveThemByThePause() throws Exception {
        UUID exercise = UUID.randomUUID();
        paging.publish("exercises.v1.exercise", exercise, EventTypes.EXERCISE_STARTED, """
                {"exerciseId":"%s","name":"Baltic Shield","participants":["EE","LT"],"observers":[],"compression":1,"injects":2,
                 "startedBy":"planner","startedAt":"%s"}""".formatted(exercise, Instant.now()), exercise);
        await().atMost(WAIT).until(() -> knows(exercise));
        Instant released = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        paging.publish("exercises.v1.exercise", exercise, EventTypes.INJECT_RELEASED, """
                {"exerciseId":"%s","sequence":1,"ref":"S1","offsetSeconds":60,"country":"LT","kind":"SITUATION_UPDATE","title":"Blackout spreads",
                 "text":"Vilnius affected","releasedAt":"%s"}""".formatted(exercise, released), exercise);
        await().atMost(WAIT).until(() -> inbox("LT").stream().anyMatch(i -> exercise.toString().equals(i.get("exerciseId"))));
        Map<String, Object> item = inbox("LT").stream().filter(i -> exercise.toString().equals(i.get("exerciseId"))).findFirst().orElseThrow();
        assertThat(item).as("a situation update is a situation report").containsEntry("kind", "SITREP")
                .containsEntry("title", "EXERCISE EXERCISE EXERCISE Situation update: Blackout spreads — Vilnius affected");
        Instant deadline = Instant.parse((String) item.get("ackDeadline"));

        Instant pausedAt = Instant.now();
        Instant resumedAt = pausedAt.plusSeconds(600);
        paging.publish("exercises.v1.exercise", exercise, EventTypes.EXERCISE_PAUSED, """
                {"exerciseId":"%s","exerciseSeconds":60,"pausedBy":"planner","pausedAt":"%s"}""".formatted(exercise, pausedAt), exercise);
        await().atMost(WAIT).until(() -> rows("SELECT count(*) FROM exercise_party WHERE exercise_id = ? AND paused_at IS NOT NULL", exercise) == 1);
        for (int twice = 0; twice < 2; twice++) {   // a second resumption (another event id) moves nothing again
            paging.publish("exercises.v1.exercise", exercise, EventTypes.EXERCISE_RESUMED, """
                    {"exerciseId":"%s","exerciseSeconds":60,"resumedBy":"planner","resumedAt":"%s"}""".formatted(exercise, resumedAt), exercise);
        }
        await().atMost(WAIT).until(() -> rows("SELECT count(*) FROM exercise_party WHERE exercise_id = ? AND paused_at IS NULL", exercise) == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> deadline.plusSeconds(600).toString()
                .equals(inbox("LT").stream().filter(i -> exercise.toString().equals(i.get("exerciseId"))).findFirst().orElseThrow().get("ackDeadline")));
    }

    private boolean knows(UUID exercise) {
        return rows("SELECT count(*) FROM exercise_party WHERE exercise_id = ?", exercise) == 1;
    }

    private List<Map<String, Object>> inbox(String country) {
        return PagingFixture.items(paging.json(new TestHttp(server.getURL()).get("/api/v1/inbox?mode=EXERCISE", ncp(country)).body()));
    }

    private int rows(String sql, UUID parameter) {
        return transactions.executeRead(status -> {
            try (var query = status.getConnection().prepareStatement(sql)) {
                if (parameter != null) {
                    query.setObject(1, parameter);
                }
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private List<MimeMessage> mailTo(String recipient) {
        return PagingFixture.mailTo(smtp, recipient);
    }
}
