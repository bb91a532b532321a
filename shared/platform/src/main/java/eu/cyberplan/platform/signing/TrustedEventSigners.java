package eu.cyberplan.platform.signing;

import com.nimbusds.jose.jwk.JWK;
import eu.cyberplan.platform.security.trust.IssuerKeys;
import eu.cyberplan.platform.security.trust.JwksSource;
import eu.cyberplan.platform.security.trust.TrustEntry;
import eu.cyberplan.platform.security.trust.TrustList;
import eu.cyberplan.platform.security.trust.TrustSettings;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The nodes of the trust list as event signers (DESIGN §11): an entry naming a {@code node} vouches for events about
 * its countries with the keys its JWKS publishes (a node's event keys sit beside its token keys). Entries without a
 * node are identity providers: they issue tokens, never events. The first entry of a node is its own.
 */
@Singleton
public class TrustedEventSigners implements EventSigners {

    private final Map<String, Signer> byNode = new LinkedHashMap<>();

    public TrustedEventSigners(TrustList trust, TrustSettings settings, Clock clock) {
        JwksSource source = JwksSource.http(Duration.ofSeconds(5));
        for (TrustEntry entry : trust.entries()) {
            if (entry.node() == null || entry.node().isBlank() || byNode.containsKey(entry.node())) {
                continue;
            }
            IssuerKeys keys = new IssuerKeys(entry.jwksUrl(), source, clock, settings.jwksRefresh(), settings.jwksMinInterval());
            byNode.put(entry.node(), new Signer(entry.node(), Set.copyOf(entry.countries()), kid -> published(entry, keys, kid)));
        }
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
