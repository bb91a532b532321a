package eu.cyberplan.contactpoints.directory;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The countries of the plan, their contact points and CSIRTs. */
@Singleton
public class Directory {

    private static final String SELECT = """
            SELECT c.*, n.primary_channel, n.backup_channel, n.cyclone_liaison, n.single_point_of_contact,
                   (SELECT max(h.last_seen_at) FROM node_heartbeat h WHERE c.code = ANY (h.countries)) AS node_last_seen_at
            FROM country c LEFT JOIN national_contact_point n ON n.country = c.code""";

    private final JdbcOperations jdbc;

    public Directory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Members first, then observers, each by code. */
    @Transactional(readOnly = true)
    public List<CountryView> countries() {
        Map<String, List<CountryView.Csirt>> csirts = csirts(null);
        return jdbc.prepareStatement(SELECT + " ORDER BY c.member DESC, c.code", s -> {
            List<CountryView> countries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    CountryView country = read(rs);
                    countries.add(country.withCsirts(csirts.getOrDefault(country.code(), List.of())));
                }
            }
            return countries;
        });
    }

    @Transactional(readOnly = true)
    public Optional<CountryView> country(String code) {
        Map<String, List<CountryView.Csirt>> csirts = csirts(code);
        return jdbc.prepareStatement(SELECT + " WHERE c.code = ?", s -> {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs).withCsirts(csirts.getOrDefault(code, List.of()))) : Optional.empty();
            }
        });
    }

    /** The country's main time zone (the first listed), or empty when the country is not in the plan. */
    @Transactional(readOnly = true)
    public Optional<ZoneId> timeZone(String code) {
        return jdbc.prepareStatement("SELECT time_zones[1] FROM country WHERE code = ?", s -> {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                // A country without a zone (none can be stored through the API) is read in UTC rather than failing.
                return rs.next() ? Optional.of(rs.getString(1) == null ? ZoneId.of("UTC") : ZoneId.of(rs.getString(1))) : Optional.empty();
            }
        });
    }

    private Map<String, List<CountryView.Csirt>> csirts(String onlyCountry) {
        return jdbc.prepareStatement("SELECT * FROM csirt WHERE (?::text IS NULL OR country = ?) ORDER BY country, ncp DESC, name", s -> {
            s.setString(1, onlyCountry);
            s.setString(2, onlyCountry);
            Map<String, List<CountryView.Csirt>> byCountry = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byCountry.computeIfAbsent(rs.getString("country").trim(), c -> new ArrayList<>()).add(new CountryView.Csirt(
                            rs.getString("name"), rs.getString("email"), rs.getString("phone"), rs.getBoolean("ncp")));
                }
            }
            return byCountry;
        });
    }

    private static CountryView read(ResultSet rs) throws SQLException {
        String primary = rs.getString("primary_channel");
        Timestamp lastSeen = rs.getTimestamp("node_last_seen_at");
        return new CountryView(rs.getString("code"), rs.getString("name"), rs.getBoolean("member"),
                Arrays.asList((String[]) rs.getArray("time_zones").getArray()), Arrays.asList((String[]) rs.getArray("languages").getArray()),
                primary == null ? null : new CountryView.Ncp(primary, rs.getString("backup_channel")),
                rs.getString("cyclone_liaison"), rs.getString("single_point_of_contact"), List.of(),
                lastSeen == null ? null : lastSeen.toInstant());
    }
}
