package eu.cyberplan.platform.signing;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import eu.cyberplan.events.v1.EventTypes;
import io.micronaut.serde.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The federation of DESIGN §11's table: an EU node, a Baltic node and a West node, each with its own key. */
class EventVouchingTest {

    private static final JWK EU_KEY = key("eu-1");
    private static final JWK BALTIC_KEY = key("baltic-1");
    private static final JWK WEST_KEY = key("west-1");

    private static final EventSigners FEDERATION = node -> Optional.ofNullable(Map.of(
            "eu", signer("eu", Set.of("EU"), EU_KEY),
            "baltic", signer("baltic", Set.of("EE", "LV", "LT"), BALTIC_KEY),
            "west", signer("west", Set.of("FR", "DE", "IT"), WEST_KEY)).get(node));

    private final EventVouching vouching = new EventVouching(ObjectMapper.getDefault());

    @Test
    void shouldAdmitAnAcknowledgementSignedByTheNodeOfItsCountry() {
        assertThat(vouching.check(FEDERATION, signed(ack("LV"), "baltic", BALTIC_KEY))).isEmpty();
    }

    @Test
    void shouldRefuseAnAcknowledgementForgedByAnotherCountrysNode() {
        assertThat(vouching.check(FEDERATION, signed(ack("LV"), "west", WEST_KEY)))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.reason()).isEqualTo("NOT_ITS_COUNTRY");
                    assertThat(refusal.detail()).contains("west").contains("[LV]");
                });
    }

    @Test
    void shouldRefuseARecordClaimingANodeWhoseKeyDidNotSignIt() {
        assertThat(vouching.check(FEDERATION, signed(ack("LV"), "baltic", WEST_KEY)))
                .map(EventVouching.Refusal::reason).contains("UNKNOWN_KEY");
    }

    @Test
    void shouldRefuseAProtocolEventFromANationalNode() {
        Event opened = new Event(EventTypes.CASE_OPENED, "{\"caseId\":\"c1\",\"reporterCountry\":\"EE\"}");

        assertThat(vouching.check(FEDERATION, signed(opened, "baltic", BALTIC_KEY))).map(EventVouching.Refusal::reason).contains("NOT_THE_EU_NODE");
        assertThat(vouching.check(FEDERATION, signed(opened, "eu", EU_KEY))).isEmpty();
    }

    @Test
    void shouldRefuseUnsignedUnknownNodesAndChangedPayloads() {
        ConsumerRecord<String, byte[]> unsigned = record(ack("LV"), new RecordHeaders());
        assertThat(vouching.check(FEDERATION, unsigned)).map(EventVouching.Refusal::reason).contains("UNSIGNED");

        assertThat(vouching.check(FEDERATION, signed(ack("LV"), "nordic", BALTIC_KEY))).map(EventVouching.Refusal::reason).contains("UNKNOWN_NODE");

        ConsumerRecord<String, byte[]> genuine = signed(ack("LV"), "baltic", BALTIC_KEY);
        ConsumerRecord<String, byte[]> changed = new ConsumerRecord<>(genuine.topic(), 0, 0, 0L, TimestampType.CREATE_TIME, 0, 0, "k",
                ack("EE").data.getBytes(StandardCharsets.UTF_8), genuine.headers(), Optional.empty());
        assertThat(vouching.check(FEDERATION, changed)).map(EventVouching.Refusal::reason).contains("BAD_SIGNATURE");
    }

    @Test
    void shouldRefuseAnEventAboutACountryThatNamesNone() {
        Event noCountry = new Event(EventTypes.ALERT_ACKNOWLEDGED, "{\"alertId\":\"a1\"}");
        Event unreadable = new Event(EventTypes.ALERT_ACKNOWLEDGED, "not json");

        assertThat(vouching.check(FEDERATION, signed(noCountry, "baltic", BALTIC_KEY))).map(EventVouching.Refusal::reason).contains("NO_COUNTRY");
        assertThat(vouching.check(FEDERATION, signed(unreadable, "baltic", BALTIC_KEY))).map(EventVouching.Refusal::reason).contains("NO_COUNTRY");
    }

    @Test
    void shouldRememberAVouchedRecordOnlyForExactlyItsBytes() {
        ConsumerRecord<String, byte[]> genuine = signed(ack("LV"), "baltic", BALTIC_KEY);
        assertThat(vouching.check(FEDERATION, genuine)).isEmpty();
        assertThat(vouching.check(FEDERATION, genuine)).as("a second consumer group of the same service").isEmpty();

        ConsumerRecord<String, byte[]> replayed = new ConsumerRecord<>(genuine.topic(), 0, 1, 0L, TimestampType.CREATE_TIME, 0, 0, "k",
                ack("EE").data.getBytes(StandardCharsets.UTF_8), genuine.headers(), Optional.empty());
        assertThat(vouching.check(FEDERATION, replayed)).as("the remembered signature on other data")
                .map(EventVouching.Refusal::reason).contains("BAD_SIGNATURE");

        RecordHeaders otherNode = new RecordHeaders(genuine.headers().toArray());
        otherNode.remove(EventVouching.NODE);
        otherNode.add(EventVouching.NODE, "west".getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> claimed = new ConsumerRecord<>(genuine.topic(), 0, 2, 0L, TimestampType.CREATE_TIME, 0, 0, "k",
                genuine.value(), otherNode, Optional.empty());
        assertThat(vouching.check(FEDERATION, claimed)).as("the remembered bytes claimed by another node")
                .map(EventVouching.Refusal::reason).contains("UNKNOWN_KEY");
    }

    @Test
    void shouldNeverRememberARefusal() {
        ConsumerRecord<String, byte[]> forged = signed(ack("LV"), "west", WEST_KEY);

        assertThat(vouching.check(FEDERATION, forged)).map(EventVouching.Refusal::reason).contains("NOT_ITS_COUNTRY");
        assertThat(vouching.check(FEDERATION, forged)).map(EventVouching.Refusal::reason).contains("NOT_ITS_COUNTRY");
    }

    private record Event(String type, String data) {
    }

    private static Event ack(String country) {
        return new Event(EventTypes.ALERT_ACKNOWLEDGED, "{\"alertId\":\"a1\",\"country\":\"" + country + "\",\"acknowledgedBy\":\"ncp\"}");
    }

    private static ConsumerRecord<String, byte[]> signed(Event event, String node, JWK key) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", event.type().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_subject", "a1".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_time", "2026-12-07T03:00:00.123Z".getBytes(StandardCharsets.UTF_8));
        SignedContent content = SignedContent.of(headers, event.data().getBytes(StandardCharsets.UTF_8)).orElseThrow();
        headers.add(EventVouching.NODE, node.getBytes(StandardCharsets.UTF_8));
        headers.add(EventVouching.SIGNATURE, EventSignatures.sign(content, key).getBytes(StandardCharsets.UTF_8));
        return record(event, headers);
    }

    private static ConsumerRecord<String, byte[]> record(Event event, RecordHeaders headers) {
        return new ConsumerRecord<>("cyberplan.receipts.v1", 0, 0, 0L, TimestampType.CREATE_TIME, 0, 0, "k",
                event.data().getBytes(StandardCharsets.UTF_8), headers, Optional.empty());
    }

    private static EventSigners.Signer signer(String node, Set<String> countries, JWK key) {
        JWK published = key.toPublicJWK();
        return new EventSigners.Signer(node, countries, kid -> kid.equals(published.getKeyID()) ? Optional.of(published) : Optional.empty());
    }

    private static JWK key(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
