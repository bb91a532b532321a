package eu.cyberplan.platform.signing;

import com.nimbusds.jose.jwk.JWK;

/** The key this node signs its events with now (DESIGN §11), published in its JWKS next to its token keys. */
public interface EventSigningKey {

    /** The node id that goes in {@code ce_cpnode}. */
    String node();

    /** The current private key; its {@code kid} goes in the signature's header. */
    JWK current();
}
