package eu.cyberplan.contactpoints.channel;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;

/**
 * The row lock that makes two replacements of a country's channels run one after the other. Hand SQL because Micronaut
 * Data reads {@code FOR NO KEY UPDATE} in a {@code @Query} as an UPDATE statement, and {@code FOR UPDATE} would also
 * block every insert that references the country while the list is replaced.
 */
@Singleton
class CountryRowLock {

    private final JdbcOperations jdbc;

    CountryRowLock(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the country's row until the transaction ends (a country without channels has no channel row to lock); false for no such country. */
    boolean lock(String country) {
        return jdbc.prepareStatement("SELECT 1 FROM country WHERE code = ? FOR NO KEY UPDATE", s -> {
            s.setString(1, country);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }
}
