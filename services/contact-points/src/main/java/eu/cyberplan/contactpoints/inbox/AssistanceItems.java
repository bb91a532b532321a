package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.channel.Route;
import eu.cyberplan.events.v1.AssistanceRequested;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.platform.node.NodeIdentity;
import eu.cyberplan.platform.sharing.TlpSharing;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An assistance request reaches who can help (DESIGN §14): an ASSISTANCE item in the inbox of each country it asked
 * (whose plan declares the kind, or named by the requester; the coordinators' EU inbox for the EU Cybersecurity Reserve)
 * that this node serves, to be read by the time the help is
 * needed (else within {@link InboxDeadlines#situationReport()}), on its primary channels. Its id is derived from the
 * request and the country, so it lands once.
 */
@Singleton
public class AssistanceItems {

    public static final String KIND = "ASSISTANCE";
    static final String RESERVE = "EU_CYBERSECURITY_RESERVE";

    private final ItemLanding landing;
    private final Clock clock;
    private final Duration readWithin;
    private final NodeIdentity node;

    public AssistanceItems(ItemLanding landing, Clock clock, InboxDeadlines deadlines, NodeIdentity node) {
        this.node = node;
        this.landing = landing;
        this.clock = clock;
        this.readWithin = deadlines.situationReport();
    }

    /** In the listener's transaction; {@code tlp} is the marking the event travelled under. */
    public void deliver(AssistanceRequested request, String tlp) {
        Instant now = clock.instant();
        String marking = TlpSharing.marking(tlp).label();
        Instant readBy = request.neededBy() != null && request.neededBy().isAfter(request.requestedAt()) ? request.neededBy()
                : request.requestedAt().plus(readWithin);
        List<InboxItem> candidates = (request.countries() == null ? List.<String>of() : request.countries()).stream()
                .filter(country -> !country.equals(request.country()) && node.serves(country))
                .map(country -> InboxItem.delivered(id(request, country), request.incidentId(), country, KIND, severity(request), marking,
                        Mode.valueOf(request.mode()), request.exerciseId(), text(request), request.country(), null, request.requestedAt(), readBy,
                        now, null, null))
                .toList();
        landing.land(candidates, Route.PRIMARY);
    }

    private static UUID id(AssistanceRequested request, String country) {
        return UUID.nameUUIDFromBytes(("assistance/" + request.requestId() + "/" + country).getBytes(StandardCharsets.UTF_8));
    }

    private static Severity severity(AssistanceRequested request) {
        return request.severity() == null ? Severity.MEDIUM : Severity.valueOf(request.severity());
    }

    /** What the asked country reads: who asks, for what kind of help and what it needs (as far as the marking lets it travel). */
    static String text(AssistanceRequested request) {
        if (RESERVE.equals(request.kind())) {
            return request.country() + " asks to activate the EU Cybersecurity Reserve"
                    + (request.needs() == null || request.needs().isBlank() ? "" : ": " + request.needs())
                    + (request.entities() == null || request.entities().isEmpty() ? "" : "; entities: " + String.join(", ", request.entities()))
                    + (request.locations() == null || request.locations().isEmpty() ? "" : "; where: " + String.join(", ", request.locations()))
                    + (request.expectedDuration() == null ? "" : "; for " + request.expectedDuration())
                    + " — decide with POST /api/v1/cases/" + request.incidentId() + "/assistance-requests/" + request.requestId() + "/reserve-decision";
        }
        return request.country() + " asks for " + request.kind().toLowerCase(Locale.ROOT) + " assistance"
                + (request.needs() == null || request.needs().isBlank() ? " (what it needs: read the case in CyberPlan)" : ": " + request.needs())
                + " — offer with POST /api/v1/cases/" + request.incidentId() + "/assistance-requests/" + request.requestId() + "/offers";
    }
}
