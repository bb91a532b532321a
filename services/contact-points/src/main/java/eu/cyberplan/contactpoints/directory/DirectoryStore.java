package eu.cyberplan.contactpoints.directory;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Writes to the country, national_contact_point and csirt tables, in the current transaction. */
@Singleton
public class DirectoryStore {

    private final JdbcOperations jdbc;

    public DirectoryStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the country was added, false when it was there already. */
    public boolean insertCountry(String code, String name, boolean member, List<String> timeZones, List<String> languages) {
        return jdbc.prepareStatement("INSERT INTO country (code, name, member, time_zones, languages) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", s -> {
            s.setString(1, code);
            s.setString(2, name);
            s.setBoolean(3, member);
            s.setArray(4, s.getConnection().createArrayOf("text", timeZones.toArray()));
            s.setArray(5, s.getConnection().createArrayOf("text", languages.toArray()));
            return s.executeUpdate() == 1;
        });
    }

    public void updateCountry(String code, String name, List<String> timeZones, List<String> languages) {
        jdbc.prepareStatement("UPDATE country SET name = coalesce(?, name), time_zones = coalesce(?, time_zones), languages = coalesce(?, languages) WHERE code = ?", s -> {
            s.setString(1, name);
            s.setArray(2, timeZones == null ? null : s.getConnection().createArrayOf("text", timeZones.toArray()));
            s.setArray(3, languages == null ? null : s.getConnection().createArrayOf("text", languages.toArray()));
            s.setString(4, code);
            return s.executeUpdate();
        });
    }

    public void saveContactPoint(String code, DirectoryEntry entry, String by, Instant at) {
        jdbc.prepareStatement("""
                INSERT INTO national_contact_point (country, primary_channel, backup_channel, cyclone_liaison, single_point_of_contact, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (country) DO UPDATE SET primary_channel = excluded.primary_channel, backup_channel = excluded.backup_channel,
                    cyclone_liaison = excluded.cyclone_liaison, single_point_of_contact = excluded.single_point_of_contact,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""", s -> {
            s.setString(1, code);
            s.setString(2, entry.ncp().primary().trim());
            s.setString(3, entry.ncp().backup().trim());
            s.setString(4, entry.cycloneLiaison());
            s.setString(5, entry.singlePointOfContact());
            s.setString(6, by);
            s.setTimestamp(7, Timestamp.from(at));
            return s.executeUpdate();
        });
    }

    public void replaceCsirts(String code, List<CountryView.Csirt> csirts) {
        jdbc.prepareStatement("DELETE FROM csirt WHERE country = ?", s -> {
            s.setString(1, code);
            return s.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO csirt (country, name, email, phone, ncp) VALUES (?, ?, ?, ?, ?)", s -> {
            for (CountryView.Csirt csirt : csirts) {
                s.setString(1, code);
                s.setString(2, csirt.name().trim());
                s.setString(3, csirt.email());
                s.setString(4, csirt.phone());
                s.setBoolean(5, csirt.ncp());
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    public boolean hasContactPoint(String code) {
        return jdbc.prepareStatement("SELECT 1 FROM national_contact_point WHERE country = ?", s -> {
            s.setString(1, code);
            return s.executeQuery().next();
        });
    }
}
