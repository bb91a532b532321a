package eu.cyberplan.platform.signing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * Where a node's event signing keys live and how they rotate (DESIGN §11, §12).
 *
 * @param keyDir       the directory of JWK files shared by every service of the node ({@code CYBERPLAN_EVENT_KEY_DIR}),
 *                     mounted from a secret store; only the demo may leave it unset (keys for one run) or generate keys
 * @param rotation     how long a key signs before the next one takes over (demo: generated; else the operator's)
 * @param publishAhead how long before it signs a new key is published, longer than any consumer's JWKS cache time
 * @param reload       how often the directory is read again, so a key the operator adds is used without a restart
 * @param keyWait      how long a service that does not generate keys waits at start for the first one to appear
 * @param signatures   {@code on} (always, in any deployment) or {@code off}: nothing signed, nothing checked, which
 *                     exists only to measure what signatures cost and is refused unless the broker is on this machine
 *                     ({@code CYBERPLAN_EVENT_SIGNATURES}; see {@link SignatureSwitch})
 */
@ConfigurationProperties("cyberplan.events")
public record EventKeySettings(String keyDir, Duration rotation, Duration publishAhead, Duration reload, Duration keyWait,
                               @Nullable String signatures) {
}
