package eu.cyberplan.platform.signing;

/** The outcome of checking an event's signature; anything but {@link #VALID} is a reason to quarantine it. */
public enum SignatureCheck {
    VALID,
    /** No {@code ce_cpsig} header, or no {@code ce_cpnode}. */
    UNSIGNED,
    /** Not a compact JWS with a detached payload and an allowed algorithm, or no CloudEvent to sign. */
    MALFORMED,
    /** The signing node publishes no key with that {@code kid}. */
    UNKNOWN_KEY,
    /** The signature does not cover these bytes with that key. */
    BAD_SIGNATURE
}
