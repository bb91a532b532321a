package eu.cyberplan.contactpoints.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The second factor of a login whose password was right: the TOTP code (each step usable once) or a recovery code
 * (each usable once). An account of a country that requires MFA but has no authenticator yet gets a 10-minute
 * enrolment ticket instead of a session: what a night-shift officer needs is to be walked through it at login.
 */
@Singleton
public class SecondFactorCheck {

    /** What the login may do next. */
    public enum Verdict { PASSED, MISSING, WRONG, ENROLMENT_REQUIRED }

    /** The verdict, and the enrolment ticket when one was issued. */
    public record Outcome(Verdict verdict, String enrolmentToken) {
    }

    static final Duration ENROLMENT_VALIDITY = Duration.ofMinutes(10);

    private final SecondFactors factors;
    private final AccountStore store;
    private final Tickets tickets;
    private final Clock clock;

    public SecondFactorCheck(SecondFactors factors, AccountStore store, Tickets tickets, Clock clock) {
        this.factors = factors;
        this.store = store;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Transactional
    public Outcome check(String username, String country, String otp) {
        Optional<byte[]> totp = factors.totp(username);
        if (totp.isEmpty()) {
            if (store.mfaRequired(country)) {
                return new Outcome(Verdict.ENROLMENT_REQUIRED, tickets.issue(username, Tickets.MFA_ENROLMENT, clock.instant().plus(ENROLMENT_VALIDITY)));
            }
            return new Outcome(Verdict.PASSED, null);
        }
        if (otp == null || otp.isBlank()) {
            return new Outcome(Verdict.MISSING, null);
        }
        boolean passed = RecoveryCodes.looksLikeOne(otp)
                ? factors.useRecoveryCode(username, RecoveryCodes.hash(otp))
                : TotpEnrolment.TOTP.matchingStep(totp.get(), otp.trim(), clock.instant()).stream()
                        .anyMatch(step -> factors.useStep(username, step));
        return new Outcome(passed ? Verdict.PASSED : Verdict.WRONG, null);
    }
}
