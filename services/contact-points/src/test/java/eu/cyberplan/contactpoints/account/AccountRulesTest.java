package eu.cyberplan.contactpoints.account;

import eu.cyberplan.platform.security.Caller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRulesTest {

    @ParameterizedTest(name = "{0} of {1} gives an account of {2} the roles {3}: {4}")
    @CsvSource(delimiter = '|', value = {
            "COUNTRY_ADMIN | EE | EE | DUTY_OFFICER            | allowed",
            "COUNTRY_ADMIN | EE | EE | NCP PLAN_OWNER          | allowed",
            "COUNTRY_ADMIN | EE | EE | COUNTRY_ADMIN           | allowed",
            "COUNTRY_ADMIN | EE | LV | DUTY_OFFICER            | only LV's administrators manage the accounts of LV",
            "COUNTRY_ADMIN | EE | EE | COORDINATOR             | a country administrator may not grant COORDINATOR",
            "COUNTRY_ADMIN | EE | EE | DUTY_OFFICER ADMIN      | a country administrator may not grant ADMIN",
            "COUNTRY_ADMIN | EE | EE | EXERCISE_CONTROL        | a country administrator may not grant EXERCISE_CONTROL",
            "COUNTRY_ADMIN | EE | EU | AUDITOR                 | only EU's administrators manage the accounts of EU",
            "ADMIN         | EU | EU | COORDINATOR             | allowed",
            "ADMIN         | EU | EU | EXERCISE_PLANNER AUDITOR | allowed",
            "ADMIN         | EU | EU | ADMIN                   | allowed",
            "ADMIN         | EU | EU | DUTY_OFFICER            | the EU administrator for EU-level accounts may not grant DUTY_OFFICER",
            "ADMIN         | EU | EU | EXERCISE_CONTROL        | the EU administrator for EU-level accounts may not grant EXERCISE_CONTROL",
            "ADMIN         | EU | LV | COUNTRY_ADMIN           | allowed",
            "ADMIN         | EU | LV | DUTY_OFFICER            | the EU administrator for a country's accounts may not grant DUTY_OFFICER",
            "ADMIN         | LV | LV | DUTY_OFFICER            | only LV's administrators manage the accounts of LV",
            "COORDINATOR   | EU | EU | COORDINATOR             | only EU's administrators manage the accounts of EU",
            "DUTY_OFFICER  | EE | EE | DUTY_OFFICER            | only EE's administrators manage the accounts of EE",
    })
    void shouldDecideWhoMayGiveWhichAccountWhichRoles(String role, String callerCountry, String country, String roles, String expected) {
        Caller caller = new Caller("someone", Set.of(role), callerCountry);
        assertThat(AccountRules.refusal(caller, country, List.of(roles.split(" "))).orElse("allowed")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} of {1} sees the accounts of {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "COUNTRY_ADMIN | EE | EE | true",
            "COUNTRY_ADMIN | EE | LV | false",
            "ADMIN         | EU | LV | true",
            "ADMIN         | EU | EU | true",
            "AUDITOR       | EU | EE | false",
    })
    void shouldShowAccountsOnlyToTheirAdministrators(String role, String callerCountry, String country, boolean sees) {
        assertThat(AccountRules.maySee(new Caller("someone", Set.of(role), callerCountry), country)).isEqualTo(sees);
    }
}
