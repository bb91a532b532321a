package eu.cyberplan.escalation.collaboration;

import eu.cyberplan.escalation.assistance.AssistanceViews;
import eu.cyberplan.escalation.protocol.CaseAlert;
import eu.cyberplan.escalation.protocol.LevelChange;
import eu.cyberplan.escalation.protocol.ProtocolCase;
import eu.cyberplan.escalation.sitrep.SituationReports;
import eu.cyberplan.platform.sharing.Disclosure;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A case's timeline: everything that happened on it, oldest first — the opening, each alert and its receipts, level
 * decisions, situation reports, assistance asked, offered and decided (and the EU Cybersecurity Reserve activated or refused), each country's status and updates, the closure.
 * {@code text} is the incident's content (reasons, report texts, needs, updates): null for a reader the marking keeps from
 * it. {@code countries} is where each country taking part stands: its latest status, when and by whom.
 */
@Serdeable
public record CaseTimeline(UUID incidentId, @Nullable String reference, String disclosure, List<CountryState> countries, List<Entry> entries) {

    /** One thing that happened: its kind, the country it concerns, who did it, a status or level, and its text. */
    @Serdeable
    public record Entry(Instant at, String kind, @Nullable String country, @Nullable String by, @Nullable String status, @Nullable String text) {
    }

    /** Where a country stands: its latest status, set when and by whom. */
    @Serdeable
    public record CountryState(String country, CountryStatus status, Instant since, String by) {
    }

    /** The timeline of a case from what escalation keeps of it, as {@code disclosure} shows it. */
    public static CaseTimeline of(ProtocolCase c, List<CaseAlert> alerts, List<LevelChange> levels, List<SituationReports.Published> reports,
                                  List<AssistanceViews.Request> assistance, List<CaseUpdate> updates, Disclosure disclosure) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(c.openedAt(), "CASE_OPENED", c.reporterCountry(), null, levels.isEmpty() ? "TECHNICAL" : levels.get(0).level(), null));
        for (int i = 1; i < levels.size(); i++) {
            LevelChange step = levels.get(i);
            entries.add(new Entry(step.changedAt(), "LEVEL_CHANGED", null, step.changedBy(), step.level(), disclosure.redact(step.reason())));
        }
        for (CaseAlert alert : alerts) {
            String kind = alert.kind().name();
            entries.add(new Entry(alert.dispatchedAt(), kind + "_DISPATCHED", alert.country(), null, null, null));
            add(entries, alert.deliveredAt(), kind + "_DELIVERED", alert.country(), null);
            add(entries, alert.acknowledgedAt(), kind + "_ACKNOWLEDGED", alert.country(), alert.acknowledgedBy());
            add(entries, alert.overdueAt(), kind + "_OVERDUE", alert.country(), null);
            add(entries, alert.escalatedAt(), kind + "_ESCALATED", alert.country(), null);
            add(entries, alert.withdrawnAt(), kind + "_WITHDRAWN", alert.country(), null);
        }
        for (SituationReports.Published published : reports) {
            entries.add(new Entry(published.report().publishedAt(), "SITUATION_REPORT", published.country(), published.report().publishedBy(),
                    "v" + published.report().version() + " " + published.report().impactSeverity() + ", " + published.report().impactOutlook(),
                    published.report().text()));
        }
        for (AssistanceViews.Request request : assistance) {
            entries.add(new Entry(request.requestedAt(), "ASSISTANCE_REQUESTED", request.country(), request.requestedBy(), request.kind(), request.needs()));
            if (request.reserveDecision() != null) {
                entries.add(new Entry(request.reserveDecision().decidedAt(), "RESERVE_" + request.reserveDecision().decision(), request.country(),
                        request.reserveDecision().decidedBy(), request.kind(), request.reserveDecision().reason()));
            }
            for (AssistanceViews.Offer offer : request.offers()) {
                entries.add(new Entry(offer.offeredAt(), "ASSISTANCE_OFFERED", offer.country(), offer.offeredBy(), request.kind(), offer.capability()));
                if (offer.decision() != null && offer.decidedAt() != null) {
                    entries.add(new Entry(offer.decidedAt(), "OFFER_" + offer.decision().toUpperCase(Locale.ROOT), offer.country(), offer.decidedBy(),
                            request.kind(), offer.reason()));
                }
            }
        }
        for (CaseUpdate update : updates) {
            entries.add(new Entry(update.postedAt(), update.status() == null ? "UPDATE" : "STATUS", update.country(), update.postedBy(),
                    update.status() == null ? null : update.status().name(), disclosure.redact(update.text())));
        }
        add(entries, c.closedAt(), "CASE_CLOSED", null, null);
        entries.sort(Comparator.comparing(Entry::at));
        return new CaseTimeline(c.incidentId(), c.reference(), disclosure.name(), states(updates), List.copyOf(entries));
    }

    /** Each country's latest status among the updates (in the order posted), by country. */
    public static List<CountryState> states(List<CaseUpdate> updates) {
        Map<String, CountryState> states = new LinkedHashMap<>();
        for (CaseUpdate update : updates) {
            if (update.status() != null) {
                states.put(update.country(), new CountryState(update.country(), update.status(), update.postedAt(), update.postedBy()));
            }
        }
        return states.values().stream().sorted(Comparator.comparing(CountryState::country)).toList();
    }

    private static void add(List<Entry> entries, Instant at, String kind, String country, String by) {
        if (at != null) {
            entries.add(new Entry(at, kind, country, by, null, null));
        }
    }
}
