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

    /** An account's TOTP secret, and whether it was confirmed (only then does login ask for a code). */
    public record TotpSecret(byte[] secret, boolean confirmed) {
    }

    private final JdbcOperations jdbc;

    public SecondFactors(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TotpSecret> totp(String username) {
        return jdbc.prepareStatement("SELECT totp_secret, totp_confirmed FROM user_account WHERE username = ? AND totp_secret IS NOT NULL", s -> {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new TotpSecret(rs.getBytes(1), rs.getBoolean(2))) : Optional.empty();
            }
        });
    }

    /** A new, unconfirmed secret; enrolling again replaces the old one, so a lost phone is re-enrolled after a recovery code. */
    public void enrol(String username, byte[] secret) {
        update("UPDATE user_account SET totp_secret = ?, totp_confirmed = false, totp_last_step = NULL WHERE username = ?", username, secret);
    }

    public void confirm(String username) {
        update("UPDATE user_account SET totp_confirmed = true WHERE username = ?", username, null);
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

    /** Uses the recovery code up; false when it is no unused code of the account. */
    public boolean useRecoveryCode(String username, String codeHash) {
        return jdbc.prepareStatement("UPDATE recovery_code SET used_at = now() WHERE username = ? AND code_hash = ? AND used_at IS NULL", s -> {
            s.setString(1, username);
            s.setString(2, codeHash);
            return s.executeUpdate() == 1;
        });
    }

    private void update(String sql, String username, byte[] secret) {
        jdbc.prepareStatement(sql, s -> {
            int i = 1;
            if (secret != null) {
                s.setBytes(i++, secret);
            }
            s.setString(i, username);
            return s.executeUpdate();
        });
    }
}
