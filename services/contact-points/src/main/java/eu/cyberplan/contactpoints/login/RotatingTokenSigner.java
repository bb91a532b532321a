package eu.cyberplan.contactpoints.login;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import eu.cyberplan.platform.security.keys.RotatingKeys;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;

/**
 * Signs tokens with whichever key of the ring is current, naming it in the {@code kid} header so validators pick the
 * right one of the published keys (and fetch the JWKS again when it is new to them).
 */
final class RotatingTokenSigner implements SignatureGeneratorConfiguration {

    private final RotatingKeys keys;

    RotatingTokenSigner(RotatingKeys keys) {
        this.keys = keys;
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        RSAKey key = keys.signing().toRSAKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the RSA algorithm RS256 is supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.RS256.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        for (JWK key : keys.published()) {
            if (key.getKeyID().equals(jwt.getHeader().getKeyID()) && jwt.verify(new RSASSAVerifier(key.toRSAKey()))) {
                return true;
            }
        }
        return false;
    }
}
