package eu.cyberplan.contactpoints.directory;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The person table, in the current transaction. */
@Singleton
public class People {

    private final JdbcOperations jdbc;

    public People(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<Person> of(String country) {
        return jdbc.prepareStatement("SELECT * FROM person WHERE country = ? ORDER BY username", s -> {
            s.setString(1, country);
            List<Person> people = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    people.add(read(rs));
                }
            }
            return people;
        });
    }

    /** The named people of the country, by username; names that are no person of the country are absent. */
    public Map<String, Person> byUsername(String country, Collection<String> usernames) {
        return jdbc.prepareStatement("SELECT * FROM person WHERE country = ? AND username = ANY (?)", s -> {
            s.setString(1, country);
            s.setArray(2, s.getConnection().createArrayOf("text", usernames.toArray()));
            Map<String, Person> people = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Person person = read(rs);
                    people.put(person.username(), person);
                }
            }
            return people;
        });
    }

    /**
     * Adds or updates a person of the country. A person and the account of the same username and country are one
     * person: the account takes the name and e-mail address written here.
     */
    public void save(String country, Person person) {
        jdbc.prepareStatement("UPDATE user_account SET display_name = ?, email = ? WHERE username = ? AND country = ?", s -> {
            s.setString(1, person.name());
            s.setString(2, person.email());
            s.setString(3, person.username());
            s.setString(4, country);
            return s.executeUpdate();
        });
        jdbc.prepareStatement("""
                INSERT INTO person (country, username, name, email, phone, roles) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (country, username) DO UPDATE SET name = excluded.name, email = excluded.email, phone = excluded.phone,
                    roles = excluded.roles""", s -> {
            s.setString(1, country);
            s.setString(2, person.username());
            s.setString(3, person.name());
            s.setString(4, person.email());
            s.setString(5, person.phone());
            s.setArray(6, s.getConnection().createArrayOf("text", person.roles().toArray()));
            return s.executeUpdate();
        });
    }

    /** The directory side of an account's name and e-mail address: the person is added, or keeps phone and roles. */
    public void nameAccountHolder(String country, String username, String name, String email) {
        jdbc.prepareStatement("""
                INSERT INTO person (country, username, name, email) VALUES (?, ?, ?, ?)
                ON CONFLICT (country, username) DO UPDATE SET name = excluded.name, email = excluded.email""", s -> {
            s.setString(1, country);
            s.setString(2, username);
            s.setString(3, name);
            s.setString(4, email);
            return s.executeUpdate();
        });
    }

    private static Person read(ResultSet rs) throws SQLException {
        return new Person(rs.getString("username"), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                Arrays.asList((String[]) rs.getArray("roles").getArray()));
    }
}
