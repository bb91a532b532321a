package eu.cyberplan.platform.signing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Signatures may be off only to measure their cost, with nobody but this machine able to write to the topics. */
class SignatureSwitchTest {

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            on    | kafka.cert.example:9093          | -
            ON    | 10.0.0.5:9092                    | -
            off   | 127.0.0.1:9092                   | -
            off   | localhost:9092                   | -
            off   | [::1]:9092                       | -
            off   | 127.0.0.1:9092, 127.0.0.2:9093   | -
            off   | PLAINTEXT://127.0.0.1:9092       | -
            off   | 127.0.0.1:9092,10.0.0.5:9092     | 10.0.0.5:9092 is not
            off   | kafka.invalid:9093               | kafka.invalid:9093 is not
            off   | ''                               | no Kafka bootstrap servers
            maybe | 127.0.0.1:9092                   | expected on or off
            """)
    void shouldAllowSignaturesOffOnlyWithABrokerOnThisMachine(String setting, String bootstrap, String refusedBecause) {
        Optional<String> refusal = SignatureSwitch.refusal(setting, bootstrap);

        if (refusedBecause == null) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).hasValueSatisfying(reason -> assertThat(reason).contains(refusedBecause));
        }
    }

    @ParameterizedTest(name = "signatures {0}")
    @CsvSource({"on, true", "off, false", "' Off ', false"})
    void shouldSwitchOnlyOnAnAllowedSetting(String setting, boolean on) {
        SignatureSwitch signatures = new SignatureSwitch(new EventKeySettings(null, null, null, null, null, setting), "127.0.0.1:9092");

        assertThat(signatures.on()).isEqualTo(on);
    }
}
