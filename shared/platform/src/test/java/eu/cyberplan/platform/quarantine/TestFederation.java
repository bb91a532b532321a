package eu.cyberplan.platform.quarantine;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import eu.cyberplan.platform.signing.EventSigners;
import eu.cyberplan.platform.signing.EventSigningKey;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two nodes the quarantine IT's service trusts, an EU node and a Baltic node, each with a key made for this JVM; the
 * service itself is the EU node and signs with its key.
 */
@Singleton
@Primary
@Requires(env = "quarantine")
public class TestFederation implements EventSigners, EventSigningKey {

    static final JWK EU_KEY = key("test-eu-1");
    static final JWK BALTIC_KEY = key("test-baltic-1");

    private final Map<String, Signer> nodes = Map.of(
            "test-eu", signer("test-eu", Set.of("EU"), EU_KEY),
            "test-baltic", signer("test-baltic", Set.of("EE", "LV", "LT"), BALTIC_KEY));

    @Override
    public Optional<Signer> node(String nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }

    @Override
    public String node() {
        return "test-eu";
    }

    @Override
    public JWK current() {
        return EU_KEY;
    }

    private static Signer signer(String node, Set<String> countries, JWK key) {
        JWK published = key.toPublicJWK();
        return new Signer(node, countries, kid -> kid.equals(published.getKeyID()) ? Optional.of(published) : Optional.empty());
    }

    private static JWK key(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
