package eu.cyberplan.platform.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EventSignaturesTest {

    private static final JWK RSA = generateRsa("baltic-events-1");
    private static final JWK EC = generateEc("west-events-1");
    private static final JWK OTHER_RSA_SAME_KID = generateRsa("baltic-events-1");

    private static final SignedContent ACK = new SignedContent("7d1c3a8e-2f4b-4f59-9f0a-0a1b2c3d4e5f",
            "eu.cyberplan.alert.acknowledged.v1", "4b0f8a62-95d4-4c5e-8a1e-6f7d8c9b0a1b", "2026-12-07T03:00:00Z",
            "{\"country\":\"LV\",\"acknowledgedBy\":\"ncp.lv\"}".getBytes(StandardCharsets.UTF_8));

    static Stream<JWK> keys() {
        return Stream.of(RSA, EC);
    }

    @ParameterizedTest
    @MethodSource("keys")
    void shouldVerifyWhatTheNodeSignedWithItsPublishedKey(JWK key) {
        String signature = EventSignatures.sign(ACK, key);

        assertThat(signature).as("compact JWS with the payload detached").matches("[\\w-]+\\.\\.[\\w-]+");
        assertThat(EventSignatures.verify(ACK, signature, published(key))).isEqualTo(SignatureCheck.VALID);
    }

    static Stream<UnaryOperator<SignedContent>> tamperings() {
        return Stream.of(
                c -> new SignedContent(c.id(), c.type(), c.subject(), c.time(), "{\"country\":\"EE\",\"acknowledgedBy\":\"ncp.lv\"}".getBytes(StandardCharsets.UTF_8)),
                c -> new SignedContent("00000000-0000-0000-0000-000000000000", c.type(), c.subject(), c.time(), c.data()),
                c -> new SignedContent(c.id(), "eu.cyberplan.alert.delivered.v1", c.subject(), c.time(), c.data()),
                c -> new SignedContent(c.id(), c.type(), "another-alert", c.time(), c.data()),
                c -> new SignedContent(c.id(), c.type(), c.subject(), "2026-12-07T02:59:59Z", c.data()),
                // moving a line feed between fields must not keep the signature valid
                c -> new SignedContent(c.id(), c.type(), c.subject() + "\n" + c.time(), "", c.data()));
    }

    @ParameterizedTest
    @MethodSource("tamperings")
    void shouldRefuseAnEventChangedAfterItWasSigned(UnaryOperator<SignedContent> tamper) {
        String signature = EventSignatures.sign(ACK, RSA);

        assertThat(EventSignatures.verify(tamper.apply(ACK), signature, published(RSA))).isEqualTo(SignatureCheck.BAD_SIGNATURE);
    }

    @Test
    void shouldRefuseASignatureMadeWithAnotherKeyUnderTheSameKid() {
        String forged = EventSignatures.sign(ACK, OTHER_RSA_SAME_KID);

        assertThat(EventSignatures.verify(ACK, forged, published(RSA))).isEqualTo(SignatureCheck.BAD_SIGNATURE);
    }

    @Test
    void shouldNameAnUnknownKeyApart() {
        String signature = EventSignatures.sign(ACK, EC);

        assertThat(EventSignatures.verify(ACK, signature, published(RSA))).isEqualTo(SignatureCheck.UNKNOWN_KEY);
    }

    @Test
    void shouldRefuseAnRsaKidNamingAnEcSignature() throws Exception {
        JWSObject es256 = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(RSA.getKeyID()).build(), new Payload(ACK.bytes()));
        es256.sign(new com.nimbusds.jose.crypto.ECDSASigner(EC.toECKey()));

        assertThat(EventSignatures.verify(ACK, es256.serialize(true), published(RSA))).isEqualTo(SignatureCheck.BAD_SIGNATURE);
    }

    @Test
    void shouldRefuseAnHmacSignedWithThePublicKeyAsSecret() throws Exception {
        JWSObject hmac = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(RSA.getKeyID()).build(), new Payload(ACK.bytes()));
        hmac.sign(new MACSigner(RSA.toPublicJWK().toJSONString().repeat(2).getBytes(StandardCharsets.UTF_8)));

        assertThat(EventSignatures.verify(ACK, hmac.serialize(true), published(RSA))).isEqualTo(SignatureCheck.MALFORMED);
    }

    @Test
    void shouldTellUnsignedAndMalformedApart() {
        assertThat(EventSignatures.verify(ACK, null, published(RSA))).isEqualTo(SignatureCheck.UNSIGNED);
        assertThat(EventSignatures.verify(ACK, " ", published(RSA))).isEqualTo(SignatureCheck.UNSIGNED);
        assertThat(EventSignatures.verify(ACK, "not-a-jws", published(RSA))).isEqualTo(SignatureCheck.MALFORMED);
        assertThat(EventSignatures.verify(ACK, "eyJhbGciOiJub25lIn0..", published(RSA))).as("alg none").isEqualTo(SignatureCheck.MALFORMED);
    }

    @Test
    void shouldSignTheHeadersAsTheyTravel() {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_id", ACK.id(), "ce_type", ACK.type(), "ce_subject", ACK.subject(), "ce_time", ACK.time())
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));

        SignedContent read = SignedContent.of(headers, ACK.data()).orElseThrow();

        assertThat(read.bytes()).isEqualTo(ACK.bytes());
        assertThat(new String(read.bytes(), StandardCharsets.UTF_8)).startsWith(ACK.id() + "\n" + ACK.type() + "\n" + ACK.subject() + "\n"
                + ACK.time() + "\n{");
        headers.remove("ce_time");
        assertThat(SignedContent.of(headers, ACK.data())).as("no time, nothing to sign").isEmpty();
    }

    private static java.util.function.Function<String, Optional<JWK>> published(JWK key) {
        JWK publicKey = key.toPublicJWK();
        return kid -> kid.equals(publicKey.getKeyID()) ? Optional.of(publicKey) : Optional.empty();
    }

    private static JWK generateRsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWK generateEc(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
