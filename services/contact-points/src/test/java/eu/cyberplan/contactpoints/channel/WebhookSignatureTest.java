package eu.cyberplan.contactpoints.channel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final byte[] BODY = "{\"alertId\":\"a\",\"title\":\"Grid – outage\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.ofEpochSecond(1_750_000_000L);
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    @Test
    void shouldSignTheTimestampAndTheRawBodyAsOpenSslDoes() {
        // printf '1750000000.{"alertId":"a"}' | openssl dgst -sha256 -hmac 0123456789abcdef0123456789abcdef
        assertThat(WebhookSignature.sign(SECRET, 1_750_000_000L, "{\"alertId\":\"a\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("t=1750000000,v1=7711ddc6dbf39875b868486f48166fcfdb85722961b6e8b83cb5b83774a2b996");
    }

    @Test
    void shouldVerifyWhatItSignedWithinTheTolerance() {
        String header = WebhookSignature.sign(SECRET, NOW.getEpochSecond(), BODY);
        assertThat(WebhookSignature.verify(SECRET, header, BODY, NOW, TOLERANCE)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, NOW.plus(TOLERANCE), TOLERANCE)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, NOW.plus(TOLERANCE).plusSeconds(1), TOLERANCE)).as("replayed late").isFalse();
        assertThat(WebhookSignature.verify(SECRET + "x", header, BODY, NOW, TOLERANCE)).as("other secret").isFalse();
        byte[] tampered = "{\"alertId\":\"b\",\"title\":\"Grid – outage\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.verify(SECRET, header, tampered, NOW, TOLERANCE)).as("other body").isFalse();
        String otherTime = header.replace("t=" + NOW.getEpochSecond(), "t=" + (NOW.getEpochSecond() + 1));
        assertThat(WebhookSignature.verify(SECRET, otherTime, BODY, NOW, TOLERANCE)).as("timestamp is signed too").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "t=1750000000", "v1=00", "t=abc,v1=00", "garbage", "t=1750000000,v1=ZZ"})
    void shouldRefuseMalformedHeaders(String header) {
        assertThat(WebhookSignature.verify(SECRET, header, BODY, NOW, TOLERANCE)).isFalse();
    }
}
