package eu.cyberplan.contactpoints.account;

import eu.cyberplan.platform.security.Caller;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Who may manage which account with which roles (DESIGN §12). A country's administrator manages the accounts of its
 * own country with the country roles; the EU administrator manages EU-level accounts with the EU roles, and may name
 * the first administrator of a country (someone has to, on a new node). The service role EXERCISE_CONTROL is never
 * granted here: its account comes from the environment. A refusal is the reason, said to the administrator.
 */
public final class AccountRules {

    private AccountRules() {
    }

    /** Why the caller may not give an account of {@code country} these roles; empty when it may. */
    public static Optional<String> refusal(Caller caller, String country, Collection<String> roles) {
        if (caller.hasRole(AccountRoles.COUNTRY_ADMIN) && caller.belongsTo(country) && !caller.isEuLevel()) {
            return outside(roles, AccountRoles.COUNTRY_GRANTS, "a country administrator");
        }
        if (caller.hasRole(AccountRoles.ADMIN) && caller.isEuLevel()) {
            if (Caller.EU.equals(country)) {
                return outside(roles, AccountRoles.EU_GRANTS, "the EU administrator for EU-level accounts");
            }
            return outside(roles, Set.of(AccountRoles.COUNTRY_ADMIN), "the EU administrator for a country's accounts");
        }
        return Optional.of("only " + country + "'s administrators manage the accounts of " + country);
    }

    /** Whether the caller may see the accounts of the country: its administrators, and the EU administrator all. */
    public static boolean maySee(Caller caller, String country) {
        return (caller.hasRole(AccountRoles.ADMIN) && caller.isEuLevel())
                || (caller.hasRole(AccountRoles.COUNTRY_ADMIN) && caller.belongsTo(country));
    }

    private static Optional<String> outside(Collection<String> roles, Set<String> grantable, String who) {
        return roles.stream().filter(role -> !grantable.contains(role)).findFirst()
                .map(role -> who + " may not grant " + role);
    }
}
