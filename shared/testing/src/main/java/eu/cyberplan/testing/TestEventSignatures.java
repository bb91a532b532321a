package eu.cyberplan.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Signs a record as the tests' node, written from DESIGN §11 on its own (the tests cannot use the platform's signer,
 * which they test): a compact JWS, payload detached, over {@code ce_id, ce_type, ce_subject, ce_time} as sent, each
 * ended by a line feed, then the data. Services under test trust node {@value #NODE} for every country.
 */
public final class TestEventSignatures {

    public static final String NODE = "test";
    /** The {@code kid} of the key the tests' node signs events with (services under test sign with it too). */
    public static final String KEY_ID = TestJwks.KEY.getKeyID();

    private TestEventSignatures() {
    }

    /** The record with {@code ce_cpnode} and {@code ce_cpsig} of the tests' node. */
    public static ProducerRecord<String, byte[]> signed(ProducerRecord<String, byte[]> record) {
        ByteArrayOutputStream signedBytes = new ByteArrayOutputStream();
        for (String name : new String[] {"ce_id", "ce_type", "ce_subject", "ce_time"}) {
            Header header = record.headers().lastHeader(name);
            signedBytes.writeBytes(header == null ? new byte[0] : header.value());
            signedBytes.write('\n');
        }
        signedBytes.writeBytes(record.value() == null ? new byte[0] : record.value());
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(TestJwks.KEY.getKeyID()).build(),
                new Payload(signedBytes.toByteArray()));
        try {
            jws.sign(new RSASSASigner(TestJwks.KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test event", e);
        }
        record.headers().add("ce_cpnode", NODE.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_cpsig", jws.serialize(true).getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
