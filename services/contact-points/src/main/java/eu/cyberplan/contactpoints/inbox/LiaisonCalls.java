package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.channel.ChannelRules;
import eu.cyberplan.contactpoints.directory.Person;
import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.CrisisLevelChanged;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.platform.sharing.TlpSharing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which EU-CyCLONe liaisons a level change calls and what each reads (DESIGN §14), as rules:
 * <ul>
 *     <li>only a raise to OPERATIONAL or POLITICAL calls them (a lowering, a change at TECHNICAL or a new IPCR mode at the
 *     same level does not);</li>
 *     <li>the liaisons of the EU member states (EEA countries are not in EU-CyCLONe), in an exercise only of its parties;</li>
 *     <li>a liaison is reached at the directory's liaison address and at every person holding the CYCLONE_LIAISON role;</li>
 *     <li>a country taking part in the case reads what its LEVEL_CHANGE item says, as far as the marking lets text leave
 *     CyberPlan; another country reads the case's id and reason only under TLP:CLEAR or GREEN, and under a stricter
 *     marking only that a case so marked reached the level (its content stays with the countries taking part).</li>
 * </ul>
 */
public final class LiaisonCalls {

    public static final String ROLE = "CYCLONE_LIAISON";

    private LiaisonCalls() {
    }

    /** Whether the change calls the liaisons: a raise to the operational level or above. */
    public static boolean calls(String fromLevel, String toLevel) {
        Optional<CrisisLevel> from = level(fromLevel);
        Optional<CrisisLevel> to = level(toLevel);
        return to.isPresent() && to.get().compareTo(CrisisLevel.OPERATIONAL) >= 0
                && (from.isEmpty() || to.get().compareTo(from.get()) > 0);
    }

    /** The countries whose liaison is called: EU members among {@code served}, each kept only if {@code reached} (exercise parties). */
    public static List<String> countries(Predicate<String> served, Predicate<String> reached) {
        return CountryCodes.EU_MEMBERS.stream().filter(served).filter(reached).toList();
    }

    /** A liaison's addresses: the directory's liaison when it is an e-mail address, then each liaison person's e-mail, each once. */
    public static List<String> addresses(String directoryLiaison, Collection<Person> people) {
        Map<String, String> byKey = new LinkedHashMap<>();
        if (directoryLiaison != null && ChannelRules.plainEmail(directoryLiaison.strip())) {
            byKey.putIfAbsent(directoryLiaison.strip().toLowerCase(Locale.ROOT), directoryLiaison.strip());
        }
        for (Person person : people) {
            if (person.roles() != null && person.roles().contains(ROLE) && person.email() != null && ChannelRules.plainEmail(person.email())) {
                byKey.putIfAbsent(person.email().toLowerCase(Locale.ROOT), person.email());
            }
        }
        return List.copyOf(byKey.values());
    }

    /**
     * What the liaison of {@code country} reads. {@code partyAlert} is the country's alert of the case when it takes part
     * (or null); {@code tlp} the marking the change travelled under.
     */
    public static Message message(CrisisLevelChanged change, Tlp tlp, boolean exercise, InboxItem partyAlert, boolean reporter) {
        boolean party = partyAlert != null || reporter;
        boolean content = TlpSharing.contentOutsideCyberPlan(tlp);
        boolean open = tlp == Tlp.CLEAR || tlp == Tlp.GREEN;
        String banner = exercise ? InboxItem.EXERCISE_BANNER + " " : "";
        String levels = change.fromLevel() + " → " + change.toLevel()
                + (change.ipcrMode() == null ? "" : " (IPCR " + change.ipcrMode().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        String title = party && content && partyAlert != null ? partyAlert.title() : null;
        String reason = (party && content || open) && change.reason() != null && !change.reason().isBlank() ? change.reason() : null;
        StringBuilder text = new StringBuilder(exercise ? InboxItem.EXERCISE_BANNER + "\n\n" : "");
        text.append("TLP:").append(tlp.label()).append('\n');
        text.append("EU-CyCLONe: a cross-border case reached the ").append(change.toLevel().toLowerCase(Locale.ROOT)).append(" level (")
                .append(levels).append(").\n");
        if (party || open) {
            text.append("Reported by: ").append(change.reporterCountry()).append('\n');
            text.append("Incident: ").append(change.incidentId()).append('\n');
            text.append("Decided by: ").append(change.changedBy()).append('\n');
            if (title != null) {
                text.append("Title: ").append(title).append('\n');
            }
            if (reason != null) {
                text.append("Why: ").append(reason).append('\n');
            }
            text.append(party ? "\nYour country takes part in this case: read its situation view in CyberPlan.\n"
                    : "\nRead it in CyberPlan; the coordinators (EU) convene EU-CyCLONe.\n");
        } else {
            text.append("\nUnder TLP:").append(tlp.label())
                    .append(" its content stays with the countries taking part; the coordinators (EU) convene EU-CyCLONe.\n");
        }
        String subject = banner + "[CyberPlan] EU-CyCLONe " + change.toLevel() + " TLP:" + tlp.label() + " — "
                + (title != null ? title : party || open ? "case reported by " + change.reporterCountry() : "a case reached the " + change.toLevel().toLowerCase(Locale.ROOT) + " level");
        return new Message(subject, text.toString(), title, party || open);
    }

    private static Optional<CrisisLevel> level(String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(CrisisLevel.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A liaison's message; {@code namesCase} whether it may carry the incident's id (a webhook's {@code incidentId}). */
    public record Message(String subject, String text, String title, boolean namesCase) {
    }
}
