package eu.cyberplan.exercises.report;

import eu.cyberplan.platform.api.Html;

import java.util.List;
import java.util.Locale;

/**
 * The after-action report as one printable HTML page: the EXERCISE banner, the totals, a bar chart of the time to
 * acknowledge per country (median and p90, inline SVG, so it prints without scripts or network), the expectations,
 * overdue alerts, escalations, the lessons learned and the timeline. Every text from the scenario is escaped.
 */
final class ReportPage {

    private static final int BAR_HEIGHT = 18;
    private static final int CHART_WIDTH = 560;
    private static final int LABEL_WIDTH = 40;

    private ReportPage() {
    }

    static String render(AfterActionReport r) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>After-action report: ").append(esc(r.name()))
                .append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#111}")
                .append(".banner{background:#b00020;color:#fff;font-weight:700;padding:.5rem 1rem;letter-spacing:.1em;text-align:center}")
                .append("table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left}")
                .append("th{background:#eee}.MET{color:#0a6b0a}.MISSED{color:#b00020;font-weight:700}.PENDING{color:#8a5a00}")
                .append("@media print{.banner{-webkit-print-color-adjust:exact;print-color-adjust:exact}}")
                .append("</style></head><body>");
        h.append("<div class=\"banner\" role=\"banner\">EXERCISE EXERCISE EXERCISE</div>");
        h.append("<h1>After-action report: ").append(esc(r.name())).append("</h1>");
        h.append("<p>Status ").append(r.status()).append(", compression ").append(r.compression()).append("×, started ")
                .append(r.startedAt()).append(r.endedAt() == null ? "" : ", ended " + r.endedAt()).append(", exercise time ")
                .append(duration(r.exerciseSeconds())).append(".</p>");
        AfterActionReport.Overall o = r.overall();
        h.append("<p>Expectations: <strong>").append(o.met()).append(" met</strong>, ").append(o.missed()).append(" missed, ")
                .append(o.pending()).append(" pending").append(o.metPercent() == null ? "" : " (" + o.metPercent() + " % met)")
                .append(". Injects released ").append(o.injectsReleased()).append('/').append(o.injects()).append("; alerts acknowledged ")
                .append(o.acknowledged()).append('/').append(o.alerts()).append(", overdue ").append(o.overdue())
                .append("; time to acknowledge median ").append(duration(o.medianAcknowledgementSeconds())).append(", p90 ")
                .append(duration(o.p90AcknowledgementSeconds())).append(".</p>");
        chart(h, r.countries());
        countries(h, r.countries());
        expectations(h, r.expectations());
        h.append("<h2>Overdue alerts</h2>");
        if (r.overdueAlerts().isEmpty()) {
            h.append("<p>None.</p>");
        } else {
            h.append("<table><tr><th>Country</th><th>Dispatched</th><th>Overdue</th><th>Acknowledged</th></tr>");
            r.overdueAlerts().forEach(a -> h.append("<tr><td>").append(a.country()).append("</td><td>").append(a.dispatchedAt())
                    .append("</td><td>").append(a.overdueAt()).append("</td><td>").append(a.acknowledgedAt() == null ? "—" : a.acknowledgedAt())
                    .append("</td></tr>"));
            h.append("</table>");
        }
        h.append("<h2>Escalations</h2>");
        if (r.escalations().isEmpty()) {
            h.append("<p>None.</p>");
        } else {
            h.append("<table><tr><th>Exercise time</th><th>Level</th><th>What</th></tr>");
            r.escalations().forEach(e -> h.append("<tr><td>").append(duration(e.exerciseSeconds())).append("</td><td>").append(e.level())
                    .append("</td><td>").append(esc(e.detail())).append("</td></tr>"));
            h.append("</table>");
        }
        h.append("<h2>Lessons learned</h2>");
        if (r.lessons().isEmpty()) {
            h.append("<p>None recorded yet.</p>");
        } else {
            h.append("<table><tr><th>Country</th><th>Lesson</th><th>Plan step</th><th>RSIT class</th><th>Recorded</th><th>Plan change</th></tr>");
            r.lessons().forEach(l -> h.append("<tr><td>").append(esc(l.country())).append("</td><td>").append(esc(l.text())).append("</td><td>")
                    .append(l.planStepId() == null ? "—" : esc(l.planStepId())).append("</td><td>").append(l.rsitClass() == null ? "—" : esc(l.rsitClass()))
                    .append("</td><td>").append(esc(l.recordedBy())).append(", ").append(l.recordedAt()).append("</td><td>")
                    .append(esc(l.proposalState())).append(l.proposalVersion() == null ? "" : " (version " + l.proposalVersion() + ")")
                    .append(l.proposalReason() == null ? "" : ": " + esc(l.proposalReason())).append("</td></tr>"));
            h.append("</table>");
        }
        h.append("<h2>Timeline</h2><table><tr><th>Exercise time</th><th>Kind</th><th>Country</th><th>What</th></tr>");
        r.timeline().forEach(t -> h.append("<tr><td>").append(duration(t.exerciseSeconds())).append("</td><td>").append(t.kind())
                .append("</td><td>").append(t.country() == null ? "" : t.country()).append("</td><td>").append(esc(t.text())).append("</td></tr>"));
        h.append("</table>");
        if (r.timelineTruncated()) {
            h.append("<p>The timeline shows its first ").append(Reports.TIMELINE_LIMIT).append(" entries.</p>");
        }
        h.append("<div class=\"banner\">EXERCISE EXERCISE EXERCISE</div></body></html>");
        return h.toString();
    }

    private static void chart(StringBuilder h, List<AfterActionReport.CountryReport> countries) {
        long max = countries.stream().map(c -> c.p90Seconds() == null ? 0L : c.p90Seconds()).max(Long::compare).orElse(0L);
        int height = countries.size() * (BAR_HEIGHT + 6) + 24;
        h.append("<h2>Time to acknowledge per country</h2>");
        h.append("<svg role=\"img\" aria-label=\"Time to acknowledge per country: median and p90\" width=\"").append(CHART_WIDTH + LABEL_WIDTH + 120)
                .append("\" height=\"").append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\">");
        int y = 4;
        for (AfterActionReport.CountryReport c : countries) {
            h.append("<text x=\"0\" y=\"").append(y + 13).append("\">").append(c.country()).append("</text>");
            if (c.medianSeconds() != null && max > 0) {
                int p90 = (int) (CHART_WIDTH * c.p90Seconds() / max);
                int median = (int) (CHART_WIDTH * c.medianSeconds() / max);
                h.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(Math.max(1, p90))
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"#9ecae1\"><title>p90 ").append(duration(c.p90Seconds()))
                        .append("</title></rect>");
                h.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"").append(Math.max(1, median))
                        .append("\" height=\"").append(BAR_HEIGHT - 8).append("\" fill=\"#08519c\"><title>median ")
                        .append(duration(c.medianSeconds())).append("</title></rect>");
                h.append("<text x=\"").append(LABEL_WIDTH + p90 + 6).append("\" y=\"").append(y + 13).append("\">")
                        .append(duration(c.medianSeconds())).append(" / ").append(duration(c.p90Seconds())).append("</text>");
            } else {
                h.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 13).append("\">no acknowledgement</text>");
            }
            y += BAR_HEIGHT + 6;
        }
        h.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 14).append("\">dark: median, light: p90 (exercise time)</text></svg>");
    }

    private static void countries(StringBuilder h, List<AfterActionReport.CountryReport> countries) {
        h.append("<table><tr><th>Country</th><th>Alerts</th><th>Acknowledged</th><th>Overdue</th><th>Median</th><th>p90</th>")
                .append("<th>Met</th><th>Missed</th><th>Pending</th></tr>");
        for (AfterActionReport.CountryReport c : countries) {
            h.append("<tr><td>").append(c.country()).append("</td><td>").append(c.alerts()).append("</td><td>").append(c.acknowledged())
                    .append("</td><td>").append(c.overdue()).append("</td><td>").append(duration(c.medianSeconds())).append("</td><td>")
                    .append(duration(c.p90Seconds())).append("</td><td>").append(c.expectationsMet()).append("</td><td>")
                    .append(c.expectationsMissed()).append("</td><td>").append(c.expectationsPending()).append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void expectations(StringBuilder h, List<AfterActionReport.ExpectationResult> scores) {
        h.append("<h2>Expectations</h2><table><tr><th>#</th><th>Expected</th><th>Outcome</th><th>Took</th><th>Allowed</th><th>Why</th></tr>");
        for (AfterActionReport.ExpectationResult s : scores) {
            String what = s.description() != null ? s.description()
                    : s.kind() + (s.country() == null ? "" : " " + s.country()) + (s.inject() == null ? "" : " (" + s.inject() + ")");
            h.append("<tr><td>").append(s.sequence()).append("</td><td>").append(esc(what)).append("</td><td class=\"").append(s.outcome())
                    .append("\">").append(s.outcome()).append("</td><td>").append(duration(s.tookSeconds())).append("</td><td>")
                    .append(duration(s.withinSeconds())).append("</td><td>").append(esc(s.reason())).append("</td></tr>");
        }
        h.append("</table>");
    }

    static String duration(Long seconds) {
        if (seconds == null) {
            return "—";
        }
        long s = seconds;
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    static String esc(String text) {
        return Html.escape(text);
    }
}
