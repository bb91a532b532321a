package eu.cyberplan.platform.signing;

import com.nimbusds.jose.jwk.JWK;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The nodes this one trusts to sign events (DESIGN §11): the countries each is trusted for, and its published keys. */
public interface EventSigners {

    Optional<Signer> node(String nodeId);

    /** A trusted node; {@code keyById} finds one of its published public keys (refreshing its JWKS on an unknown kid). */
    record Signer(String node, Set<String> countries, Function<String, Optional<JWK>> keyById) {
    }
}
