package eu.cyberplan.contactpoints.login;

import java.util.List;

/** A person who logs in, with the roles and the country that scope what they see and do. */
public record UserAccount(String username, String passwordHash, List<String> roles, String country, String displayName, boolean enabled) {
}
