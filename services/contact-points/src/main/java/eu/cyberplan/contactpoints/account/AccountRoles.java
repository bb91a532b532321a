package eu.cyberplan.contactpoints.account;

import eu.cyberplan.platform.security.Roles;

import java.util.Set;

/**
 * The roles that manage accounts (DESIGN §12), kept here until the shared {@code Roles} takes them: that file belongs
 * to the security work of the same issue.
 */
public final class AccountRoles {

    public static final String COUNTRY_ADMIN = "COUNTRY_ADMIN";
    public static final String ADMIN = "ADMIN";

    /** What a country's administrator may give the people of its country. */
    static final Set<String> COUNTRY_GRANTS = Set.of(Roles.DUTY_OFFICER, Roles.NCP, Roles.PLAN_OWNER, COUNTRY_ADMIN);
    /** What the EU-level administrator may give EU-level people. */
    static final Set<String> EU_GRANTS = Set.of(Roles.COORDINATOR, Roles.EXERCISE_PLANNER, Roles.AUDITOR, ADMIN);

    private AccountRoles() {
    }
}
