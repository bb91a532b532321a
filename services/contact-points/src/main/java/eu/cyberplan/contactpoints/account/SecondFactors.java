package eu.cyberplan.contactpoints.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/** The TOTP secret and recovery codes of an account, in the caller's transaction or one of its own. */
@Singleton
@Transactional
public class SecondFactors {

    private final JdbcOperations jdbc;

    public SecondFactors(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The secret of the account's confirmed authenticator: only then does login ask for a code. */
    public Optional<byte[]> totp(String username) {
        return secret("totp_secret", username);
    }

    /** The secret of the authenticator being enrolled. */
    public Optional<byte[]> pending(String username) {
        return secret("totp_pending", username);
    }

    /**
     * A new secret, pending until a code proves the app has it. The authenticator in force stays until then, so a
     * stolen session cannot switch the second factor off by starting an enrolment it never finishes.
     */
    public void enrol(String username, byte[] secret) {
        jdbc.prepareStatement("UPDATE user_account SET totp_pending = ? WHERE username = ?", s -> {
            s.setBytes(1, secret);
            s.setString(2, username);
            return s.executeUpdate();
        });
    }

    /** The pending secret becomes the one in force, with the step of the code that proved it spent. */
    public void confirm(String username, long step) {
        jdbc.prepareStatement("UPDATE user_account SET totp_secret = totp_pending, totp_pending = NULL, totp_confirmed = true, "
                + "totp_last_step = ? WHERE username = ? AND totp_pending IS NOT NULL", s -> {
            s.setLong(1, step);
            s.setString(2, username);
            return s.executeUpdate();
        });
    }

    /** Marks the step used; false when it (or a later one) was used already: the code is a replay. */
    public boolean useStep(String username, long step) {
        return jdbc.prepareStatement("UPDATE user_account SET totp_last_step = ? WHERE username = ? "
                + "AND (totp_last_step IS NULL OR totp_last_step < ?)", s -> {
            s.setLong(1, step);
            s.setString(2, username);
            s.setLong(3, step);
            return s.executeUpdate() == 1;
        });
    }

    public void replaceRecoveryCodes(String username, List<String> codeHashes) {
        jdbc.prepareStatement("DELETE FROM recovery_code WHERE username = ?", s -> {
            s.setString(1, username);
            return s.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO recovery_code (username, code_hash) VALUES (?, ?)", s -> {
            for (String hash : codeHashes) {
                s.setString(1, username);
                s.setString(2, hash);
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    /** Forgets the authenticator (confirmed and pending) and the recovery codes: the account enrols again from nothing. */
    public void remove(String username) {
        jdbc.prepareStatement("UPDATE user_account SET totp_secret = NULL, totp_pending = NULL, totp_confirmed = false, "
                + "totp_last_step = NULL WHERE username = ?", s -> {
            s.setString(1, username);
            return s.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM recovery_code WHERE username = ?", s -> {
            s.setString(1, username);
            return s.executeUpdate();
        });
    }

    /** Uses the recovery code up; false when it is no unused code of the account. */
    public boolean useRecoveryCode(String username, String codeHash) {
        return jdbc.prepareStatement("UPDATE recovery_code SET used_at = now() WHERE username = ? AND code_hash = ? AND used_at IS NULL", s -> {
            s.setString(1, username);
            s.setString(2, codeHash);
            return s.executeUpdate() == 1;
        });
    }

    private Optional<byte[]> secret(String column, String username) {
        return jdbc.prepareStatement("SELECT " + column + " FROM user_account WHERE username = ? AND " + column + " IS NOT NULL", s -> {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        });
    }
}
