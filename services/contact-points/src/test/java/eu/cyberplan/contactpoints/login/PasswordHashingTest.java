package eu.cyberplan.contactpoints.login;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingTest {

    @Test
    void shouldMatchOnlyTheRightPasswordAndSaltEveryHash() {
        String hash = PasswordHashing.hash("correct horse");
        assertThat(hash).startsWith("pbkdf2$210000$");
        assertThat(PasswordHashing.matches("correct horse", hash)).isTrue();
        assertThat(PasswordHashing.matches("correct hors", hash)).isFalse();
        assertThat(PasswordHashing.hash("correct horse")).isNotEqualTo(hash);
        assertThat(PasswordHashing.matches("x", "plain-text")).isFalse();
    }
}
