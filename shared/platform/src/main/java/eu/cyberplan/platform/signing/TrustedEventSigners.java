package eu.cyberplan.platform.signing;

import com.nimbusds.jose.jwk.JWK;
import eu.cyberplan.platform.node.NodeIdentity;
import eu.cyberplan.platform.security.keys.RotatingKeys;
import eu.cyberplan.platform.security.trust.IssuerKeys;
import eu.cyberplan.platform.security.trust.JwksSource;
import eu.cyberplan.platform.security.trust.TrustEntry;
import eu.cyberplan.platform.security.trust.TrustList;
import eu.cyberplan.platform.security.trust.TrustSettings;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The nodes of the trust list as event signers (DESIGN §11): an entry naming a {@code node} vouches for events about
 * its countries with the keys its JWKS publishes (a node's event keys sit beside its token keys). Entries without a
 * node are identity providers: they issue tokens, never events. The first entry of a node is its own.
 *
 * <p>The node's own events are verified against its own key directory first (every service of the node reads it):
 * a node does not need its public URL to be reachable, or even right, to trust what its own services signed. Its
 * published JWKS is asked only for a kid the directory does not hold.
 */
@Singleton
public class TrustedEventSigners implements EventSigners {

    private final Map<String, Signer> byNode = new LinkedHashMap<>();

    public TrustedEventSigners(TrustList trust, TrustSettings settings, NodeIdentity self,
                               @Named(EventKeysFactory.USE) RotatingKeys ownKeys, Clock clock) {
        JwksSource source = JwksSource.http(Duration.ofSeconds(5));
        for (TrustEntry entry : trust.entries()) {
            if (entry.node() == null || entry.node().isBlank() || byNode.containsKey(entry.node())) {
                continue;
            }
            IssuerKeys keys = new IssuerKeys(entry.jwksUrl(), source, clock, settings.jwksRefresh(), settings.jwksMinInterval());
            Function<String, Optional<JWK>> keyById = entry.node().equals(self.id())
                    ? kid -> own(ownKeys, kid).or(() -> published(entry, keys, kid))
                    : kid -> published(entry, keys, kid);
            byNode.put(entry.node(), new Signer(entry.node(), Set.copyOf(entry.countries()), keyById));
        }
    }

    private static Optional<JWK> own(RotatingKeys ownKeys, String kid) {
        return ownKeys.published().stream().filter(key -> kid.equals(key.getKeyID())).findFirst();
    }

    @Override
    public Optional<Signer> node(String nodeId) {
        return Optional.ofNullable(byNode.get(nodeId));
    }

    /**
     * The node's key with this kid. While the node's JWKS has never answered (it is starting, or away) nothing can be
     * said of the event: that is a failure to retry, never a reason to quarantine what may well be genuine.
     */
    private static Optional<JWK> published(TrustEntry entry, IssuerKeys keys, String kid) {
        List<JWK> found = keys.fetched(kid);
        if (found.isEmpty() && !keys.known()) {
            throw new IllegalStateException("the keys of node " + entry.node() + " (" + entry.jwksUrl() + ") are not known yet");
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
