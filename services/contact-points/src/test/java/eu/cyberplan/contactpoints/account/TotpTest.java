package eu.cyberplan.contactpoints.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    /** RFC 6238 Appendix B, the HMAC-SHA1 rows: the seed is the ASCII string "12345678901234567890". */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "at {0} s the 8-digit code is {1}")
    @CsvSource({
            "59,          94287082",
            "1111111109,  07081804",
            "1111111111,  14050471",
            "1234567890,  89005924",
            "2000000000,  69279037",
            "20000000000, 65353130",
    })
    void shouldMatchTheTestVectorsOfRfc6238(long epochSeconds, String code) {
        Totp totp = new Totp(8);
        assertThat(totp.code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(epochSeconds)))).isEqualTo(code);
        assertThat(totp.matchingStep(RFC_SEED, code, Instant.ofEpochSecond(epochSeconds))).hasValue(epochSeconds / 30);
    }

    @ParameterizedTest(name = "a code of the step {0} steps away is accepted: {1}")
    @CsvSource({"-2, false", "-1, true", "0, true", "1, true", "2, false"})
    void shouldAcceptOneStepEitherSideOfNow(int offset, boolean accepted) {
        Totp totp = new Totp(6);
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String code = totp.code(RFC_SEED, Totp.stepAt(now) + offset);
        assertThat(totp.matchingStep(RFC_SEED, code, now).isPresent()).isEqualTo(accepted);
    }

    @Test
    void shouldKeepTheLeadingZerosOfASixDigitCode() {
        // 1111111109 gives 07081804 in 8 digits; in 6 digits the same truncation gives 081804.
        assertThat(new Totp(6).code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(1111111109L)))).isEqualTo("081804");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(value = {"NULL", "''", "12345", "1234567", "abcdef"}, nullValues = "NULL")
    void shouldRefuseWhatIsNoCodeOfTheRightLength(String code) {
        assertThat(new Totp(6).matchingStep(RFC_SEED, code, Instant.ofEpochSecond(59))).isEmpty();
    }

    @Test
    void shouldWriteTheSecretInBase32AsAuthenticatorAppsReadIt() {
        // RFC 4648 section 10 test vector, without padding.
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    }
}
