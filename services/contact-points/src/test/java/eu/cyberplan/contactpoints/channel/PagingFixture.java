package eu.cyberplan.contactpoints.channel;

import com.icegreen.greenmail.util.GreenMail;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the paging ITs do as other services and people would: publish protocol events, read the notification log. */
final class PagingFixture {

    static final String SECRET = "a-webhook-secret-of-well-over-32-characters";

    private final ServiceUnderTest service;
    private final TestHttp http;
    private final JsonMapper json;

    PagingFixture(ServiceUnderTest service, TestHttp http, JsonMapper json) {
        this.service = service;
        this.http = http;
        this.json = json;
    }

    void webhook(String country, String url) {
        HttpResponse<String> put = http.put("/api/v1/countries/" + country + "/channels", ncp(country),
                "{\"channels\":[{\"route\":\"PRIMARY\",\"kind\":\"WEBHOOK\",\"address\":\"%s\",\"secret\":\"%s\"}]}".formatted(url, SECRET));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    }

    /** An alert of the incident to the country, as escalation dispatches it; returns its id. */
    UUID dispatch(String country, UUID incident, UUID exercise) {
        UUID alert = UUID.randomUUID();
        publish(exercise != null ? "alerts.v1.exercise" : "alerts.v1", incident, EventTypes.ALERT_DISPATCHED, """
                {"alertId":"%s","incidentId":"%s","country":"%s","kind":"ALERT","severity":"HIGH","tlp":"AMBER","mode":"%s",%s
                 "title":"Substation breach","level":"OPERATIONAL","reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s"}"""
                .formatted(alert, incident, country, exercise != null ? "EXERCISE" : "REAL",
                        exercise != null ? "\"exerciseId\":\"" + exercise + "\"," : "", Instant.now(), Instant.now().plusSeconds(3600)), exercise);
        return alert;
    }

    void publish(String topic, UUID key, String type, String payload, UUID exercise) {
        try (CloudEventPublisher publisher = service.publisher()) {
            if (exercise == null) {
                publisher.publish(service.topic(topic), key.toString(), UUID.randomUUID(), type, payload);
            } else {
                publisher.publish(service.topic(topic), key.toString(), UUID.randomUUID(), type, payload, exercise);
            }
        }
    }

    /** The country's notifications about one alert, from the log as its NCP reads it. */
    List<Map<String, Object>> notificationsOf(String country, UUID alert, String mode) {
        return items(page(country, "?size=500&mode=" + mode)).stream().filter(i -> alert.toString().equals(i.get("alertId"))).toList();
    }

    Map<String, Object> page(String country, String query) {
        HttpResponse<String> response = http.get("/api/v1/countries/" + country + "/notifications" + query, ncp(country));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    /** The mails a real SMTP server received for one recipient. */
    static List<MimeMessage> mailTo(GreenMail smtp, String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(recipient));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String ncp(String country) {
        return TestTokens.bearer("ncp." + country.toLowerCase(Locale.ROOT), country, "NCP");
    }

    Map<String, Object> json(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }
}
