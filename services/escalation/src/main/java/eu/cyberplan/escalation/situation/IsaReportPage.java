package eu.cyberplan.escalation.situation;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.api.Html;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The integrated situational awareness report as one printable page, without scripts or network: its TLP marking at the
 * top and the bottom (TLP 2.0 asks for it to be visible), the exercise banner in an exercise, the summary, the latest report of each
 * country, the checklists, assistance, open deadlines and the level decisions. Every text from people is escaped; what
 * the marking withholds from the reader is absent, as in the JSON.
 */
final class IsaReportPage {

    /** The colours of the TLP 2.0 labels: black background, label in its colour. */
    private static final Map<String, String> TLP_COLOUR = Map.of("CLEAR", "#ffffff", "GREEN", "#33ff00", "AMBER", "#ffc000",
            "AMBER+STRICT", "#ffc000", "RED", "#ff2b2b");

    private IsaReportPage() {
    }

    static String render(IsaReport r) {
        SituationView s = r.situation();
        String marking = "<div class=\"tlp\">TLP:" + esc(r.tlp()) + "</div>";
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Integrated situational awareness report ")
                .append(esc(r.reference())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#111;max-width:60rem}")
                .append(".tlp{background:#000;color:").append(TLP_COLOUR.getOrDefault(r.tlp(), "#ffc000"))
                .append(";font-weight:700;padding:.25rem .75rem;display:inline-block;letter-spacing:.05em}")
                .append(".exercise{background:#b00020;color:#fff;font-weight:700;padding:.5rem 1rem;letter-spacing:.1em;text-align:center}")
                .append("table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}th,td{border:1px solid #999;padding:.25rem .5rem;")
                .append("text-align:left;vertical-align:top}th{background:#eee}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}")
                .append("dt{font-weight:600}.red{color:#b00020;font-weight:700}.yellow{color:#8a5a00;font-weight:700}")
                .append("@media print{.tlp,.exercise{-webkit-print-color-adjust:exact;print-color-adjust:exact}}")
                .append("</style></head><body>");
        h.append("<header>").append(marking).append("</header>");
        if (r.mode() == Mode.EXERCISE) {
            h.append("<div class=\"exercise\" role=\"note\">EXERCISE EXERCISE EXERCISE</div>");
        }
        if (!"CONTENT".equals(s.disclosure())) {
            h.append("<p><em>Under TLP:").append(esc(r.tlp())).append(" this copy shows what its reader may read: the case's content is withheld.</em></p>");
        }
        h.append("<h1>Integrated situational awareness report</h1>");
        h.append("<dl>")
                .append(row("Case", r.reference() + (s.title() == null ? "" : " — " + s.title())))
                .append(row("Reported by", s.reporterCountry()))
                .append(row("Severity", s.severity()))
                .append(row("Level", r.level() + (r.ipcrMode() == null ? "" : " (IPCR " + r.ipcrMode().toLowerCase(Locale.ROOT).replace('_', ' ') + ")")))
                .append(row("Status", s.status()))
                .append(row("Situation as of", time(r.generatedAt())))
                .append(row("Made by", r.generatedBy()))
                .append("</dl>");
        IsaReport.Summary m = r.summary();
        h.append("<h2>Summary</h2><p>").append(m.countriesAlerted()).append(" countries alerted, ").append(m.countriesAcknowledged())
                .append(" acknowledged; ").append(m.alertsOpen()).append(" alerts unacknowledged, ").append(m.alertsOverdue()).append(" of them overdue. ")
                .append(m.countriesReporting()).append(" countries published situation reports")
                .append(m.worstImpact() == null ? "" : "; worst impact <span class=\"" + esc(m.worstImpact()) + "\">" + esc(m.worstImpact())
                        + "</span>, outlook " + esc(m.outlookOfWorst()))
                .append(". Assistance: ").append(m.assistanceOpen()).append(" open, ").append(m.assistanceMet()).append(" met. ")
                .append(m.checklistsWithOverdueSteps()).append(" national checklists have steps past due.</p>");
        table(h, "Where each country says it stands", List.of("Country", "Status", "Since", "By"),
                s.countryStatuses().stream().map(c -> List.of(c.country(), c.status().name().replace('_', ' ').toLowerCase(Locale.ROOT), time(c.since()),
                        c.by())).toList());
        table(h, "Latest situation report of each country", List.of("Country", "Version", "Impact", "Outlook", "What it says", "Published"),
                s.situationReports().stream().map(c -> List.of(nz(c.country()), String.valueOf(c.version()), nz(c.impactSeverity()),
                        nz(c.impactOutlook()), nz(c.text()), c.publishedBy() + ", " + time(c.publishedAt()))).toList());
        table(h, "National checklists", List.of("Country", "Containment", "Repair", "Steps past due"),
                s.checklists().stream().map(c -> List.of(c.country(), nz(c.containment()), nz(c.repair()), String.valueOf(c.overdueSteps()))).toList());
        table(h, "Assistance", List.of("Asked by", "Kind", "Needs", "Status", "Offers"),
                s.assistance().stream().map(a -> List.of(a.country(), a.kind(), nz(a.needs()), a.status(),
                        String.join(", ", a.offers().stream().map(o -> o.country() + (o.decision() == null ? "" : " (" + o.decision().toLowerCase(Locale.ROOT) + ")"))
                                .toList()))).toList());
        table(h, "Alerts not yet acknowledged", List.of("Country", "Kind", "Status", "Acknowledge by", "Backup by"),
                s.openDeadlines().stream().map(d -> List.of(d.country(), d.kind(), d.status(), time(d.ackDeadline()), time(d.backupDeadline()))).toList());
        table(h, "Level decisions", List.of("Level", "Decided by", "Why", "When"),
                s.levelDecisions().stream().map(d -> List.of(d.level(), d.decidedBy(), nz(d.reason()), time(d.at()))).toList());
        h.append("<footer>").append(marking).append("</footer></body></html>");
        return h.toString();
    }

    private static void table(StringBuilder h, String title, List<String> heads, List<List<String>> rows) {
        h.append("<h2>").append(esc(title)).append("</h2>");
        if (rows.isEmpty()) {
            h.append("<p>None.</p>");
            return;
        }
        h.append("<table><tr>");
        heads.forEach(head -> h.append("<th scope=\"col\">").append(esc(head)).append("</th>"));
        h.append("</tr>");
        for (List<String> row : rows) {
            h.append("<tr>");
            row.forEach(cell -> h.append("<td>").append(esc(cell)).append("</td>"));
            h.append("</tr>");
        }
        h.append("</table>");
    }

    private static String row(String term, String value) {
        return "<dt>" + esc(term) + "</dt><dd>" + esc(nz(value)) + "</dd>";
    }

    private static String time(Instant at) {
        return at == null ? "—" : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String nz(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static String esc(String text) {
        return Html.escape(text);
    }
}
