package eu.cyberplan.contactpoints.plan;

import eu.cyberplan.contactpoints.directory.CountryView;
import eu.cyberplan.platform.api.Html;

import java.util.List;

/** The national plan in force as one printable HTML page, without scripts; every text from the plan is escaped. */
final class PlanPage {

    private PlanPage() {
    }

    static String render(PlanVersion p) {
        StringBuilder h = new StringBuilder(8_192);
        String title = "National contingency plan of " + p.country() + ", version " + p.version();
        h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title)).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#111}")
                .append("table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}")
                .append("th{background:#eee}.eu{font-weight:700}@media print{h2{break-after:avoid}table{break-inside:avoid}}")
                .append("</style></head><body>");
        h.append("<h1>").append(esc(title)).append("</h1>");
        h.append("<p>").append(esc(p.status())).append(", approved by ").append(esc(p.approvedBy())).append(" on ").append(esc(p.approvedAt()))
                .append("; drafted by ").append(esc(p.createdBy())).append(" on ").append(esc(p.createdAt())).append(".</p>");
        if (p.note() != null) {
            h.append("<p>").append(esc(p.note())).append("</p>");
        }
        contactPoints(h, p.contactPoints());
        capabilities(h, p.capabilities());
        h.append("<h2>Containment and repair playbooks</h2>");
        if (p.playbooks().isEmpty()) {
            h.append("<p>None.</p>");
        }
        for (Playbook playbook : p.playbooks()) {
            h.append("<h3>").append(esc(playbook.rsitClass())).append(playbook.rsitType() == null ? " (every type)" : " / " + esc(playbook.rsitType()))
                    .append("</h3><table><tr><th>#</th><th>Phase</th><th>Step</th><th>Owner</th><th>Target from awareness</th><th>Reported to the EU</th></tr>");
            int n = 0;
            for (PlaybookStep step : playbook.stepList()) {
                h.append("<tr><td>").append(++n).append("</td><td>").append(esc(step.phase())).append("</td><td>").append(esc(step.title()))
                        .append("</td><td>").append(esc(step.ownerRole())).append("</td><td>").append(minutes(step.targetMinutes()))
                        .append("</td><td").append(step.reported() ? " class=\"eu\">yes" : ">no").append("</td></tr>");
            }
            h.append("</table>");
        }
        return h.append("</body></html>").toString();
    }

    private static void contactPoints(StringBuilder h, ContactPoints c) {
        h.append("<h2>Contact points</h2>");
        if (c == null) {
            h.append("<p>None.</p>");
            return;
        }
        CountryView.Ncp ncp = c.ncp();
        h.append("<table><tr><th>NCP primary</th><td>").append(esc(ncp == null ? null : ncp.primary())).append("</td></tr>")
                .append("<tr><th>NCP backup</th><td>").append(esc(ncp == null ? null : ncp.backup())).append("</td></tr>")
                .append("<tr><th>EU-CyCLONe liaison</th><td>").append(esc(c.cycloneLiaison())).append("</td></tr>")
                .append("<tr><th>NIS2 single point of contact</th><td>").append(esc(c.singlePointOfContact())).append("</td></tr></table>");
        List<CountryView.Csirt> csirts = c.csirts() == null ? List.of() : c.csirts();
        if (!csirts.isEmpty()) {
            h.append("<table><tr><th>CSIRT</th><th>E-mail</th><th>Phone</th><th>NCP</th></tr>");
            csirts.forEach(s -> h.append("<tr><td>").append(esc(s.name())).append("</td><td>").append(esc(s.email())).append("</td><td>")
                    .append(esc(s.phone())).append("</td><td>").append(s.ncp() ? "yes" : "").append("</td></tr>"));
            h.append("</table>");
        }
    }

    private static void capabilities(StringBuilder h, List<Capability> capabilities) {
        h.append("<h2>Assistance we can offer</h2>");
        if (capabilities.isEmpty()) {
            h.append("<p>None declared.</p>");
            return;
        }
        h.append("<table><tr><th>Kind</th><th>Conditions</th><th>Contact</th></tr>");
        capabilities.forEach(c -> h.append("<tr><td>").append(esc(c.kind())).append("</td><td>").append(esc(c.conditions())).append("</td><td>")
                .append(esc(c.contact())).append("</td></tr>"));
        h.append("</table>");
    }

    private static String minutes(Integer minutes) {
        if (minutes == null) {
            return "—";
        }
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    static String esc(Object value) {
        return value == null ? "—" : Html.escape(value);
    }
}
