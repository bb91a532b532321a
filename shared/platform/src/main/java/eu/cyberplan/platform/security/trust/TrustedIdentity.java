package eu.cyberplan.platform.security.trust;

import java.util.Set;

/** A person a trusted issuer vouches for, with roles and country read through that issuer's claim names. */
public record TrustedIdentity(String subject, Set<String> roles, String country, String issuer) {
}
