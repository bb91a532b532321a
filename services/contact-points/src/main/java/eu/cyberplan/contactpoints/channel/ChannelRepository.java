package eu.cyberplan.contactpoints.channel;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The notification_channel table: a country's list, read whole or by route, and replaced as a whole. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChannelRepository extends GenericRepository<Channel, UUID> {

    /** PRIMARY before BACKUP (the names sort that way), then by kind and address, as the API lists them. */
    Sort LISTED = Sort.of(Sort.Order.desc("route"), Sort.Order.asc("kind"), Sort.Order.asc("address"));

    List<Channel> findByCountry(String country, Sort sort);

    List<Channel> findByCountryAndRouteAndEnabled(String country, Route route, boolean enabled, Sort sort);

    /** The secret that signs requests to this webhook, unless the channel was removed since. */
    Optional<String> findSecretByCountryAndRouteAndKindAndAddress(String country, Route route, ChannelKind kind, String address);

    void deleteByCountry(String country);

    List<Channel> saveAll(Iterable<Channel> channels);

    default List<Channel> list(String country) {
        return findByCountry(country, LISTED);
    }

    default List<Channel> enabled(String country, Route route) {
        return findByCountryAndRouteAndEnabled(country, route, true, LISTED);
    }

    default Optional<String> webhookSecret(String country, Route route, String url) {
        return findSecretByCountryAndRouteAndKindAndAddress(country, route, ChannelKind.WEBHOOK, url);
    }

    /** Deletes the country's channels and writes the new list, under the lock of {@link CountryRowLock}. */
    default void replace(String country, List<Channel> channels) {
        deleteByCountry(country);
        saveAll(channels);
    }
}
