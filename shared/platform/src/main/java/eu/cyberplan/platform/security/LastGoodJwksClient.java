package eu.cyberplan.platform.security;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.HttpClientConfiguration;
import io.micronaut.http.client.HttpClientRegistry;
import io.micronaut.security.token.jwt.signature.jwks.HttpClientJwksClient;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches a JWKS over HTTP like Micronaut's own client, but keeps the last key set each URL answered and uses it while
 * the URL does not answer. Micronaut drops its cached keys when they expire and a failed re-fetch leaves it with none,
 * so every token is refused (401) for as long as the identity provider is down: a restart of contact-points locked
 * every duty officer out of filing. Public keys may be kept: what they verify is still signed by the same issuer, and
 * a revoked key disappears at the next fetch that succeeds.
 */
@Singleton
@Replaces(HttpClientJwksClient.class)
public class LastGoodJwksClient extends HttpClientJwksClient {

    private static final Logger LOG = LoggerFactory.getLogger(LastGoodJwksClient.class);

    private final Map<String, String> lastGood = new ConcurrentHashMap<>();

    public LastGoodJwksClient(BeanContext beanContext, HttpClientRegistry<HttpClient> clientRegistry,
                              HttpClientConfiguration defaultClientConfiguration) {
        super(beanContext, clientRegistry, defaultClientConfiguration);
    }

    @Override
    public Publisher<String> load(String providerName, String url) {
        return Mono.defer(() -> Mono.from(super.load(providerName, url)))
                .doOnNext(keys -> lastGood.put(url, keys))
                .onErrorResume(e -> kept(url, e.toString()).map(Mono::just).orElseGet(() -> Mono.error(e)))
                .switchIfEmpty(Mono.defer(() -> Mono.justOrEmpty(kept(url, "no answer"))));
    }

    private Optional<String> kept(String url, String why) {
        String keys = lastGood.get(url);
        if (keys != null) {
            LOG.warn("JWKS at {} unavailable ({}); validating tokens with the keys it last published", url, why);
        }
        return Optional.ofNullable(keys);
    }
}
