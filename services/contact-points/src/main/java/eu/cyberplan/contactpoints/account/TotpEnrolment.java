package eu.cyberplan.contactpoints.account;

import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Enrols an account's authenticator app (DESIGN §12): a new secret, then a first code that proves the app has it;
 * only then does login ask for codes, and the ten recovery codes are shown, once.
 */
@Singleton
public class TotpEnrolment {

    /** What the app needs: the secret in base32 and the otpauth URI of its QR code. */
    @Serdeable
    public record Enrolment(String secret, String otpauthUri) {
    }

    /** The recovery codes, each usable once in place of a code; shown only now. */
    @Serdeable
    public record Confirmation(List<String> recoveryCodes) {
    }

    static final Totp TOTP = new Totp(6);
    private static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecondFactors factors;
    private final Reauthentication reauthentication;
    private final AccountStore store;
    private final AuditTrail audit;
    private final Clock clock;

    public TotpEnrolment(SecondFactors factors, Reauthentication reauthentication, AccountStore store, AuditTrail audit, Clock clock) {
        this.factors = factors;
        this.reauthentication = reauthentication;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A new secret for a logged-in person. Replacing an authenticator in force needs the current password and a current
     * code (or recovery code), or a stolen session could move the second factor to the thief's phone.
     */
    @Transactional
    public Enrolment start(String username, String currentPassword, String code) {
        if (factors.totp(username).isPresent()) {
            reauthentication.prove(username, currentPassword, code);
        }
        return begin(username);
    }

    /** A new secret for the holder of an enrolment ticket, which only an account without an authenticator gets. */
    @Transactional
    public Enrolment startWithTicket(String username) {
        if (factors.totp(username).isPresent()) {
            throw ProblemException.conflict("an authenticator is already confirmed: log in with its code and replace it under My account");
        }
        return begin(username);
    }

    private Enrolment begin(String username) {
        Account account = store.find(username).orElseThrow(() -> ProblemException.notFound("no account " + username));
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        factors.enrol(username, secret);
        audit.record(AuditRecord.of("account.totp.enrolling", "account", username, account.country()).by(username, account.country()));
        String base32 = Base32.encode(secret);
        String label = URLEncoder.encode("CyberPlan:" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(base32, "otpauth://totp/" + label + "?secret=" + base32
                + "&issuer=CyberPlan&algorithm=SHA1&digits=6&period=" + Totp.STEP_SECONDS);
    }

    @Transactional
    public Confirmation confirm(String username, String code) {
        Account account = store.find(username).orElseThrow(() -> ProblemException.notFound("no account " + username));
        byte[] secret = factors.pending(username)
                .orElseThrow(() -> ProblemException.conflict("no authenticator is being enrolled: POST /api/v1/accounts/me/totp first"));
        long step = TOTP.matchingStep(secret, code, clock.instant())
                .orElseThrow(() -> ProblemException.invalid("code", "is not the authenticator's current code"));
        factors.confirm(username, step);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(RecoveryCodes.generate(RANDOM));
        }
        factors.replaceRecoveryCodes(username, codes.stream().map(RecoveryCodes::hash).toList());
        audit.record(AuditRecord.of("account.totp.confirmed", "account", username, account.country()).by(username, account.country()));
        return new Confirmation(codes);
    }
}
