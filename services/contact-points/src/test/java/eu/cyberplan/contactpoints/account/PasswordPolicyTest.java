package eu.cyberplan.contactpoints.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(Set.of("correcthorsebatterystaple"));

    @ParameterizedTest(name = "{1} for {0}: {2}")
    @CsvSource(value = {
            "duty.ee, short,                          must have at least 12 characters",
            "duty.ee, elevenchars,                    must have at least 12 characters",
            "duty.ee, twelve chars,                   ACCEPTED",
            "duty.ee, DUTY.EE-night-2026,             must not contain the username",
            "duty.ee, xx duty.ee xx,                  must not contain the username",
            "duty.ee, CorrectHorseBatteryStaple,      is one of the most common passwords",
            "duty.ee, tallinn harbour at dawn,        ACCEPTED",
            "duty.ee, NULL,                           must have at least 12 characters",
    }, nullValues = "NULL")
    void shouldJudgeAPassword(String username, String password, String expected) {
        assertThat(policy.refusal(username, password).orElse("ACCEPTED")).isEqualTo(expected);
    }

    @Test
    void shouldCountCharactersNotBytes() {
        assertThat(policy.refusal("duty.ee", "ÄÖÜäöüõšžÕŠŽ")).isEmpty();
    }

    @Test
    void shouldShipTheCommonPasswordsOfThePublicList() {
        Set<String> common = CommonPasswords.load();
        assertThat(common).contains("123456789012").allMatch(password -> password.length() >= PasswordPolicy.MIN_LENGTH);
        assertThat(new CommonPasswords().policy().refusal("duty.ee", "123456789012")).hasValue("is one of the most common passwords");
    }
}
