package eu.cyberplan.platform.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Signs and verifies events as DESIGN §11 fixes it: a compact JWS with a detached payload (RFC 7515 Appendix F) over
 * {@link SignedContent#bytes()}, RS256 with an RSA key or ES256 with a P-256 key, the key's {@code kid} in the header.
 * Only those two algorithms are accepted: a header naming {@code none} or an HMAC would let anyone who knows a public
 * key forge a signature.
 *
 * <p>A signer or verifier is made once per key: making one converts the JWK into a JCA key, and a fresh RSA private
 * key object also makes the JDK compute its blinding parameters again, which cost as much as the signature itself.
 */
public final class EventSignatures {

    /** A node holds a handful of keys (its own across rollovers, one or two per trusted node); more means keys churn. */
    private static final int MAX_CACHED_KEYS = 256;
    private static final Map<JWK, JWSSigner> SIGNERS = new ConcurrentHashMap<>();
    private static final Map<JWK, JWSVerifier> VERIFIERS = new ConcurrentHashMap<>();

    private EventSignatures() {
    }

    /** The {@code ce_cpsig} value for this content, signed with this private key. */
    public static String sign(SignedContent content, JWK key) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(algorithm(key)).keyID(key.getKeyID()).build(), new Payload(content.bytes()));
            jws.sign(signer(key));
            return jws.serialize(true);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign event " + content.id() + " with key " + key.getKeyID(), e);
        }
    }

    /** Whether {@code signature} covers this content with one of the signer's public keys, found by {@code kid}. */
    public static SignatureCheck verify(SignedContent content, String signature, Function<String, Optional<JWK>> keyById) {
        if (signature == null || signature.isBlank()) {
            return SignatureCheck.UNSIGNED;
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(signature, new Payload(content.bytes()));
        } catch (ParseException | RuntimeException e) {
            return SignatureCheck.MALFORMED;
        }
        JWSAlgorithm algorithm = jws.getHeader().getAlgorithm();
        String kid = jws.getHeader().getKeyID();
        if (!JWSAlgorithm.RS256.equals(algorithm) && !JWSAlgorithm.ES256.equals(algorithm) || kid == null) {
            return SignatureCheck.MALFORMED;
        }
        Optional<JWK> key = keyById.apply(kid);
        if (key.isEmpty()) {
            return SignatureCheck.UNKNOWN_KEY;
        }
        try {
            return algorithm.equals(algorithm(key.get())) && jws.verify(verifier(key.get())) ? SignatureCheck.VALID : SignatureCheck.BAD_SIGNATURE;
        } catch (JOSEException | IllegalArgumentException e) {
            return SignatureCheck.BAD_SIGNATURE;
        }
    }

    private static JWSAlgorithm algorithm(JWK key) {
        if (key instanceof RSAKey) {
            return JWSAlgorithm.RS256;
        }
        if (key instanceof ECKey) {
            return JWSAlgorithm.ES256;
        }
        throw new IllegalArgumentException("event keys are RSA or EC P-256, not " + key.getKeyType());
    }

    private static JWSSigner signer(JWK key) throws JOSEException {
        JWSSigner cached = SIGNERS.get(key);
        if (cached == null) {
            cached = key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
            remember(SIGNERS, key, cached);
        }
        return cached;
    }

    private static JWSVerifier verifier(JWK key) throws JOSEException {
        JWSVerifier cached = VERIFIERS.get(key);
        if (cached == null) {
            cached = key instanceof RSAKey rsa ? new RSASSAVerifier(rsa.toRSAPublicKey()) : new ECDSAVerifier(((ECKey) key).toECPublicKey());
            remember(VERIFIERS, key, cached);
        }
        return cached;
    }

    private static <T> void remember(Map<JWK, T> cache, JWK key, T value) {
        if (cache.size() >= MAX_CACHED_KEYS) {
            cache.clear();
        }
        cache.put(key, value);
    }
}
