package eu.cyberplan.contactpoints.channel;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailDeliveryTest {

    @Test
    void shouldFailVisiblyWhenNoSmtpServerIsConfigured() {
        MailDelivery mail = new MailDelivery(new SmtpSettings("", 587, "", "", "cyberplan@localhost", true, Duration.ofSeconds(1)), Clock.systemUTC());
        Delivery delivery = new Delivery(UUID.randomUUID(), UUID.randomUUID(), "LV", Route.PRIMARY, ChannelKind.EMAIL, "ncp@cert.lv.example",
                "[CyberPlan] ALERT HIGH TLP:AMBER — Grid outage", "body", 1, null, "lv, en");
        assertThatThrownBy(() -> mail.deliver(delivery)).isInstanceOf(DeliveryFailure.class).hasMessage(MailDelivery.NOT_CONFIGURED);
    }
}
