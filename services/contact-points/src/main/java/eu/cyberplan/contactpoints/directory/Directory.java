package eu.cyberplan.contactpoints.directory;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The countries of the plan and their contact points. */
@Singleton
public class Directory {

    private static final String SELECT = """
            SELECT c.*, n.primary_channel, n.backup_channel, n.cyclone_liaison, n.single_point_of_contact
            FROM country c LEFT JOIN national_contact_point n ON n.country = c.code""";

    private final JdbcOperations jdbc;

    public Directory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<CountryView> countries() {
        return jdbc.prepareStatement(SELECT + " ORDER BY c.member DESC, c.code", s -> {
            List<CountryView> countries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    countries.add(read(rs));
                }
            }
            return countries;
        });
    }

    @Transactional(readOnly = true)
    public Optional<CountryView> country(String code) {
        return jdbc.prepareStatement(SELECT + " WHERE c.code = ?", s -> {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    /** Adds an observer partner (e.g. CH); members come with the schema. */
    @Transactional
    public void addObserverIfAbsent(String code, String name, List<String> timeZones, List<String> languages) {
        jdbc.prepareStatement("INSERT INTO country (code, name, member, time_zones, languages) VALUES (?, ?, false, ?, ?) ON CONFLICT DO NOTHING", s -> {
            s.setString(1, code);
            s.setString(2, name);
            s.setArray(3, s.getConnection().createArrayOf("text", timeZones.toArray()));
            s.setArray(4, s.getConnection().createArrayOf("text", languages.toArray()));
            return s.executeUpdate();
        });
    }

    @Transactional
    public void setContactPointIfAbsent(String code, String primary, String backup, String cycloneLiaison, String singlePointOfContact) {
        jdbc.prepareStatement("""
                INSERT INTO national_contact_point (country, primary_channel, backup_channel, cyclone_liaison, single_point_of_contact)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", s -> {
            s.setString(1, code);
            s.setString(2, primary);
            s.setString(3, backup);
            s.setString(4, cycloneLiaison);
            s.setString(5, singlePointOfContact);
            return s.executeUpdate();
        });
    }

    private static CountryView read(ResultSet rs) throws SQLException {
        String primary = rs.getString("primary_channel");
        return new CountryView(rs.getString("code"), rs.getString("name"), rs.getBoolean("member"),
                Arrays.asList((String[]) rs.getArray("time_zones").getArray()), Arrays.asList((String[]) rs.getArray("languages").getArray()),
                primary == null ? null : new CountryView.Ncp(primary, rs.getString("backup_channel")),
                rs.getString("cyclone_liaison"), rs.getString("single_point_of_contact"), null);
    }
}
