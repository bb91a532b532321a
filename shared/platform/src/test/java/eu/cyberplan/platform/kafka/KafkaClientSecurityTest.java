package eu.cyberplan.platform.kafka;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaClientSecurityTest {

    @Test
    void shouldSpeakPlaintextWhenNothingIsSet() {
        KafkaClientSecurity security = KafkaClientSecurity.from(Map.<String, String>of()::get);

        assertThat(security.clientProperties()).containsExactly(Map.entry("security.protocol", "PLAINTEXT"));
        assertThat(security.username()).isEmpty();
    }

    @Test
    void shouldAuthenticateWithScramSha512OverTlsAgainstTheClusterCa() {
        KafkaClientSecurity security = KafkaClientSecurity.from(Map.of(
                "CYBERPLAN_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "CYBERPLAN_KAFKA_SASL_USERNAME", "node-baltic",
                "CYBERPLAN_KAFKA_SASL_PASSWORD", "s3cr\"et\\",
                "CYBERPLAN_KAFKA_TRUSTSTORE", "/etc/cyberplan/kafka-ca/ca.p12",
                "CYBERPLAN_KAFKA_TRUSTSTORE_PASSWORD", "changeit")::get);

        assertThat(security.clientProperties()).containsOnly(
                Map.entry("security.protocol", "SASL_SSL"),
                Map.entry("sasl.mechanism", "SCRAM-SHA-512"),
                Map.entry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"node-baltic\" password=\"s3cr\\\"et\\\\\";"),
                Map.entry("ssl.truststore.location", "/etc/cyberplan/kafka-ca/ca.p12"),
                Map.entry("ssl.truststore.type", "PKCS12"),
                Map.entry("ssl.truststore.password", "changeit"));
        assertThat(security).hasToString("SASL_SSL SCRAM-SHA-512 as 'node-baltic'");
    }

    @Test
    void shouldPresentAClientCertificateWhenAKeystoreIsGiven() {
        KafkaClientSecurity security = KafkaClientSecurity.from(Map.of(
                "CYBERPLAN_KAFKA_SECURITY_PROTOCOL", "SSL",
                "CYBERPLAN_KAFKA_TRUSTSTORE", "/ca.crt",
                "CYBERPLAN_KAFKA_KEYSTORE", "/node.jks",
                "CYBERPLAN_KAFKA_KEYSTORE_PASSWORD", "pw")::get);

        assertThat(security.clientProperties()).containsOnly(
                Map.entry("security.protocol", "SSL"),
                Map.entry("ssl.truststore.location", "/ca.crt"),
                Map.entry("ssl.truststore.type", "PEM"),
                Map.entry("ssl.keystore.location", "/node.jks"),
                Map.entry("ssl.keystore.type", "JKS"),
                Map.entry("ssl.keystore.password", "pw"),
                Map.entry("ssl.key.password", "pw"));
    }

    @Test
    void shouldLetTheSecuritySettingsWinOverTheClientsOwn() {
        KafkaClientSecurity security = KafkaClientSecurity.from(Map.of("CYBERPLAN_KAFKA_SECURITY_PROTOCOL", "ssl")::get);

        assertThat(security.applyTo(Map.of("security.protocol", "PLAINTEXT", "acks", "all")))
                .containsEntry("security.protocol", "SSL").containsEntry("acks", "all");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SASL_TLS      |             |        |        | CYBERPLAN_KAFKA_SECURITY_PROTOCOL=SASL_TLS is not one of",
            "SASL_SSL      |             |        |        | CYBERPLAN_KAFKA_SASL_USERNAME is required with CYBERPLAN_KAFKA_SECURITY_PROTOCOL=SASL_SSL",
            "SASL_PLAINTEXT| node        |        |        | CYBERPLAN_KAFKA_SASL_PASSWORD is required",
            "SASL_SSL      | node        | pw     | PLAIN  | CYBERPLAN_KAFKA_SASL_MECHANISM=PLAIN is not one of",
            "PLAINTEXT     | node        |        |        | CYBERPLAN_KAFKA_SASL_USERNAME is set but CYBERPLAN_KAFKA_SECURITY_PROTOCOL=PLAINTEXT does not use it",
            "SSL           | node        |        |        | CYBERPLAN_KAFKA_SASL_USERNAME is set but",
    })
    void shouldRefuseSettingsThatCannotMakeAWorkingClient(String protocol, String username, String password, String mechanism,
                                                          String expected) {
        Map<String, String> settings = new java.util.HashMap<>();
        settings.put("CYBERPLAN_KAFKA_SECURITY_PROTOCOL", protocol);
        settings.put("CYBERPLAN_KAFKA_SASL_USERNAME", username);
        settings.put("CYBERPLAN_KAFKA_SASL_PASSWORD", password);
        settings.put("CYBERPLAN_KAFKA_SASL_MECHANISM", mechanism);

        assertThatThrownBy(() -> KafkaClientSecurity.from(settings::get))
                .isInstanceOf(KafkaClientSecurity.InvalidKafkaSecurity.class)
                .hasMessageContaining(expected);
    }

    @Test
    void shouldRefuseATrustStoreThatPlaintextWouldIgnore() {
        assertThatThrownBy(() -> KafkaClientSecurity.from(Map.of("CYBERPLAN_KAFKA_TRUSTSTORE", "/ca.p12")::get))
                .hasMessageContaining("CYBERPLAN_KAFKA_TRUSTSTORE is set but CYBERPLAN_KAFKA_SECURITY_PROTOCOL=PLAINTEXT");
    }
}
