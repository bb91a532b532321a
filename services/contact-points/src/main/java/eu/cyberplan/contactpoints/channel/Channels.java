package eu.cyberplan.contactpoints.channel;

import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A country's notification channels: read, or replaced as a whole by one of its people or a coordinator. */
@Singleton
public class Channels {

    private final ChannelRepository store;
    private final CountryRowLock lock;
    private final WebhookDestinations destinations;
    private final Clock clock;
    private final AuditTrail audit;

    public Channels(ChannelRepository store, CountryRowLock lock, WebhookDestinations destinations, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.lock = lock;
        this.destinations = destinations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CountryChannels of(String country) {
        return new CountryChannels(country, store.list(country).stream().map(Channel::view).toList());
    }

    /** Replaces the country's list; a webhook sent back without its secret keeps the one it had. */
    @Transactional
    public CountryChannels replace(String country, ChannelsUpdate update, String by) {
        if (!lock.lock(country)) {
            throw ProblemException.notFound("country " + country + " is not part of the plan");
        }
        Map<String, String> secrets = store.list(country).stream().filter(c -> c.kind() == ChannelKind.WEBHOOK)
                .collect(Collectors.toMap(c -> ChannelRules.key(c.route(), c.address()), Channel::secret));
        List<FieldError> errors = ChannelRules.check(update, secrets.keySet(), destinations::refusalToSave);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = clock.instant();
        List<Channel> channels = update.channels().stream().map(c -> {
            Route route = Route.valueOf(c.route());
            ChannelKind kind = ChannelKind.valueOf(c.kind());
            String secret = kind == ChannelKind.EMAIL ? null
                    : c.secret() != null ? c.secret() : secrets.get(ChannelRules.key(route, c.address()));
            return new Channel(UUID.randomUUID(), country, route, kind, c.address(), secret, c.enabled() == null || c.enabled(), by, now);
        }).toList();
        audit.record(AuditRecord.of("channels.replaced", "country", country, country).with("channels", channels.size()));
        store.replace(country, channels);
        return of(country);
    }
}
