package eu.cyberplan.contactpoints.account;

import eu.cyberplan.platform.problem.ProblemException;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The enrolment ticket of a login that must enrol: good for the two steps of enrolment, spent by the confirmation. */
@Singleton
public class EnrolmentTickets {

    private final Tickets tickets;
    private final Clock clock;

    public EnrolmentTickets(Tickets tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    String holder(OwnAccountController.Code body) {
        return tickets.holder(body == null ? null : body.enrolmentToken(), Tickets.MFA_ENROLMENT, clock.instant())
                .orElseThrow(() -> ProblemException.invalid("enrolmentToken", "is unknown, used or expired: log in again for a new one"));
    }

    void spend(OwnAccountController.Code body) {
        tickets.use(body.enrolmentToken(), Tickets.MFA_ENROLMENT, clock.instant());
    }
}
