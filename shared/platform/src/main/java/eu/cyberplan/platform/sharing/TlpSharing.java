package eu.cyberplan.platform.sharing;

import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.platform.security.Roles;

/**
 * The one TLP 2.0 sharing policy of CyberPlan (DESIGN §8, §4): what of an incident a reader gets on any path — the
 * incident itself, the desk list, a protocol case or case list, a situation report, a checklist's tick notes, an inbox
 * item, an export — and what may travel on the shared cluster or leave CyberPlan by e-mail or webhook. Every service
 * asks this class; none writes the rule again.
 *
 * <p>Content, by marking: CLEAR and GREEN every authenticated reader; AMBER the reporter's country, the countries
 * alerted for it and coordinators; AMBER+STRICT the reporter's and alerted countries' duty officers and NCPs, a
 * coordinator only when {@code EU} is named; RED the reporter's country and the named recipients, a coordinator only
 * when {@code EU} is named. EU-level oversight (coordinator, auditor, exercise planner) and the other people of a
 * country that takes part see that a case exists (ids, marking, level, counts), never its protected content.
 */
public final class TlpSharing {

    private TlpSharing() {
    }

    public static Disclosure disclosure(Tlp tlp, Reader reader) {
        if (mayRead(tlp, reader)) {
            return Disclosure.CONTENT;
        }
        boolean oversight = reader.euLevel() && reader.hasAny(Reader.OVERSIGHT);
        return oversight || takesPart(tlp, reader) ? Disclosure.EXISTENCE : Disclosure.NONE;
    }

    /** Whether the reader may read the protected content: title, summary, indicators, sitrep text, notes, reasons. */
    public static boolean mayRead(Tlp tlp, Reader reader) {
        boolean coordinator = reader.has(Roles.COORDINATOR);
        // EU named as a recipient means the coordinators, never an EU-level planner or auditor.
        boolean namedCoordinator = coordinator && reader.euLevel() && reader.named();
        return switch (tlp) {
            case CLEAR, GREEN -> true;
            case AMBER -> reader.reporter() || reader.alerted() || coordinator;
            case AMBER_STRICT -> (reader.reporter() || reader.alerted()) && reader.hasAny(Reader.STAFF) || namedCoordinator;
            case RED -> reader.reporter() || reader.named() && !reader.euLevel() || namedCoordinator;
        };
    }

    /** Whether the reader's country takes part under this marking: RED only the reporter and named; otherwise the alerted too. */
    public static boolean takesPart(Tlp tlp, Reader reader) {
        return reader.reporter() || (tlp == Tlp.RED ? reader.named() : reader.alerted());
    }

    /** Whether a country alerted for an incident keeps it under a (new) marking naming {@code named}: RED only when named. */
    public static boolean countryKeepsAccess(Tlp tlp, boolean named) {
        return tlp != Tlp.RED || named;
    }

    /** Whether an incident with this marking may leave as a STIX/MISP file at all: never AMBER+STRICT (no onward forwarding). */
    public static boolean exportable(Tlp tlp) {
        return tlp != Tlp.AMBER_STRICT;
    }

    /** STIX/MISP export: an exportable marking, to a reader of the content. */
    public static boolean mayExport(Tlp tlp, Reader reader) {
        return exportable(tlp) && mayRead(tlp, reader);
    }

    /** Whether title, summary, notes, reasons and indicators may travel in events on the shared cluster (DESIGN §4): not RED. */
    public static boolean contentOnSharedCluster(Tlp tlp) {
        return tlp != Tlp.RED;
    }

    /** The content when it may travel on the shared cluster under this marking, else null. */
    public static <T> T onSharedCluster(Tlp tlp, T content) {
        return contentOnSharedCluster(tlp) ? content : null;
    }

    /**
     * Whether content may leave CyberPlan to a mailbox, pager or webhook, which the API's rules no longer guard: not
     * AMBER+STRICT (no onward forwarding) and not RED.
     */
    public static boolean contentOutsideCyberPlan(Tlp tlp) {
        return tlp != Tlp.RED && tlp != Tlp.AMBER_STRICT;
    }

    /** Whether a successful read of content under this marking goes into the audit trail (DESIGN §13): AMBER+STRICT and RED. */
    public static boolean readAudited(Tlp tlp) {
        return tlp == Tlp.AMBER_STRICT || tlp == Tlp.RED;
    }

    /** The marking of a label as carried in events and rows; an unknown or missing label is treated as AMBER+STRICT (fail closed). */
    public static Tlp marking(String label) {
        return Tlp.fromLabel(label).orElse(Tlp.AMBER_STRICT);
    }
}
