package eu.cyberplan.contactpoints.channel;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The notification_channel table, in the current transaction. */
@Singleton
class ChannelStore {

    private final JdbcOperations jdbc;

    ChannelStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the country's row so that two replacements of its list run one after the other; false for no such country. */
    boolean lockCountry(String country) {
        return jdbc.prepareStatement("SELECT 1 FROM country WHERE code = ? FOR NO KEY UPDATE", s -> {
            s.setString(1, country);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }

    List<Channel> list(String country) {
        return query("SELECT * FROM notification_channel WHERE country = ? ORDER BY route DESC, kind, address", country, null);
    }

    List<Channel> enabled(String country, Route route) {
        return query("SELECT * FROM notification_channel WHERE country = ? AND route = ? AND enabled ORDER BY kind, address", country, route);
    }

    /** The secret that signs requests to this webhook, unless the channel was removed since. */
    Optional<String> webhookSecret(String country, Route route, String url) {
        return jdbc.prepareStatement("SELECT secret FROM notification_channel WHERE country = ? AND route = ? AND kind = 'WEBHOOK' AND address = ?", s -> {
            s.setString(1, country);
            s.setString(2, route.name());
            s.setString(3, url);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        });
    }

    void replace(String country, List<Channel> channels) {
        jdbc.prepareStatement("DELETE FROM notification_channel WHERE country = ?", s -> {
            s.setString(1, country);
            return s.executeUpdate();
        });
        for (Channel channel : channels) {
            jdbc.prepareStatement("""
                    INSERT INTO notification_channel (id, country, route, kind, address, secret, enabled, updated_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
                s.setObject(1, channel.id());
                s.setString(2, channel.country());
                s.setString(3, channel.route().name());
                s.setString(4, channel.kind().name());
                s.setString(5, channel.address());
                s.setString(6, channel.secret());
                s.setBoolean(7, channel.enabled());
                s.setString(8, channel.updatedBy());
                s.setTimestamp(9, Timestamp.from(channel.updatedAt()));
                return s.executeUpdate();
            });
        }
    }

    private List<Channel> query(String sql, String country, Route route) {
        return jdbc.prepareStatement(sql, s -> {
            s.setString(1, country);
            if (route != null) {
                s.setString(2, route.name());
            }
            List<Channel> channels = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    channels.add(read(rs));
                }
            }
            return channels;
        });
    }

    private static Channel read(ResultSet rs) throws SQLException {
        return new Channel(rs.getObject("id", UUID.class), rs.getString("country"), Route.valueOf(rs.getString("route")),
                ChannelKind.valueOf(rs.getString("kind")), rs.getString("address"), rs.getString("secret"), rs.getBoolean("enabled"),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }
}
