package eu.cyberplan.contactpoints.demo;

import eu.cyberplan.contactpoints.account.AccountRoles;
import eu.cyberplan.contactpoints.directory.CountryScope;
import eu.cyberplan.contactpoints.directory.CountryView;
import eu.cyberplan.contactpoints.directory.DirectoryChanges;
import eu.cyberplan.contactpoints.directory.DirectoryEntry;
import eu.cyberplan.contactpoints.directory.Person;
import eu.cyberplan.contactpoints.roster.DutyRosters;
import eu.cyberplan.contactpoints.roster.RosterWeek;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.contactpoints.login.PasswordHashing;
import eu.cyberplan.contactpoints.login.UserAccount;
import eu.cyberplan.contactpoints.login.UserAccounts;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.node.NodeIdentity;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.Locale;

/**
 * Seeds the demo federation (demo environment only): an NCP for every member, the observer CH, and the demo users
 * {@code duty.<cc>}, {@code ncp.<cc>}, {@code owner.<cc>}, {@code admin.<cc>}, {@code coordinator}, {@code planner}, {@code auditor}, {@code admin},
 * all with the password {@code demo}, and an approved national plan for every member. Seeding again changes nothing.
 * A node of a federation seeds only its own countries (and the EU-level users only on the EU node): every other
 * country's directory entry and plan reach it from the node serving that country (DESIGN §11).
 */
@Singleton
@Requires(property = "cyberplan.demo.enabled", value = "true")
public class DemoFederation implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoFederation.class);
    private static final Caller DEMO = new Caller("demo", Set.of(Roles.COORDINATOR), Caller.EU);

    private final DirectoryChanges changes;
    private final UserAccounts accounts;
    private final DutyRosters rosters;
    private final CountryScope scope;
    private final DemoPlans plans;
    private final NodeIdentity node;
    private final Clock clock;

    public DemoFederation(DirectoryChanges changes, UserAccounts accounts, DutyRosters rosters,
                          CountryScope scope, DemoPlans plans, NodeIdentity node, Clock clock) {
        this.changes = changes;
        this.accounts = accounts;
        this.rosters = rosters;
        this.scope = scope;
        this.plans = plans;
        this.node = node;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        // One hash for every demo account: they share the password, and 90 PBKDF2 runs would slow every start.
        String demoHash = PasswordHashing.hash("demo");
        if (node.serves("CH")) {
            changes.seedIfAbsent("CH", "Switzerland", false, List.of("Europe/Zurich"), List.of("de", "fr", "it", "rm"),
                    entry("ch", "NCSC-CH", null, null));
        }
        List<String> members = CountryCodes.MEMBERS.stream().filter(node::serves).toList();
        for (String country : members) {
            String cc = country.toLowerCase(Locale.ROOT);
            changes.seedIfAbsent(country, country, true, List.of(), List.of(), entry(cc, "CERT-" + country,
                    "cyclone@ncsa." + cc + ".example", "spoc@ncsa." + cc + ".example"));
            accounts.addIfAbsent(new UserAccount("duty." + cc, demoHash, List.of(Roles.DUTY_OFFICER), country, "Duty officer " + country, true));
            accounts.addIfAbsent(new UserAccount("ncp." + cc, demoHash, List.of(Roles.NCP), country, "NCP " + country, true));
            accounts.addIfAbsent(new UserAccount("owner." + cc, demoHash, List.of(Roles.PLAN_OWNER), country, "Plan owner " + country, true));
            accounts.addIfAbsent(new UserAccount("admin." + cc, demoHash, List.of(AccountRoles.COUNTRY_ADMIN), country, "Accounts administrator " + country, true));
        }
        for (String country : Stream.concat(members.stream(), Stream.of("CH").filter(node::serves)).toList()) {
            seedPeopleAndRota(country);
        }
        for (int i = 0; i < CountryCodes.MEMBERS.size(); i++) {
            if (node.serves(CountryCodes.MEMBERS.get(i))) {
                plans.seedIfAbsent(CountryCodes.MEMBERS.get(i), i);
            }
        }
        if (node.serves(Caller.EU)) {
            accounts.addIfAbsent(new UserAccount("coordinator", demoHash, List.of(Roles.COORDINATOR), "EU", "EU coordinator", true));
            accounts.addIfAbsent(new UserAccount("planner", demoHash, List.of(Roles.EXERCISE_PLANNER), "EU", "Exercise planner", true));
            accounts.addIfAbsent(new UserAccount("auditor", demoHash, List.of(Roles.AUDITOR), "EU", "Auditor", true));
            accounts.addIfAbsent(new UserAccount("admin", demoHash, List.of(AccountRoles.ADMIN), "EU", "EU accounts administrator", true));
        }
        LOG.info("Demo federation ready on node {}: {} member countries, users duty.<cc>, ncp.<cc>, owner.<cc>, admin.<cc>{} (password demo)",
                node.id(), members.size(), node.serves(Caller.EU) ? ", coordinator, planner, auditor, admin" : "");
    }

    private static DirectoryEntry entry(String cc, String csirt, String cyclone, String spoc) {
        return new DirectoryEntry(null, null, null, null, new CountryView.Ncp("ncp@cert." + cc + ".example", "+000-" + cc + "-backup-line"),
                cyclone, spoc, List.of(new CountryView.Csirt(csirt, "cert@cert." + cc + ".example", "+000-" + cc + "-desk", true)));
    }

    /** The country's duty officers and NCP as people, and six weeks of rota unless a week from now is rostered already. */
    private void seedPeopleAndRota(String country) {
        String cc = country.toLowerCase(Locale.ROOT);
        changes.savePerson(country, new Person("duty." + cc, "Day duty officer " + country, "duty." + cc + "@cert." + cc + ".example", "+000-" + cc + "-day", List.of(Roles.DUTY_OFFICER)));
        changes.savePerson(country, new Person("night." + cc, "Night duty officer " + country, "night." + cc + "@cert." + cc + ".example", "+000-" + cc + "-night", List.of(Roles.DUTY_OFFICER)));
        changes.savePerson(country, new Person("ncp." + cc, "NCP " + country, "ncp." + cc + "@cert." + cc + ".example", "+000-" + cc + "-ncp", List.of(Roles.NCP)));
        Instant inAWeek = clock.instant().plus(Duration.ofDays(7));
        if (rosters.onDuty(country, inAWeek).primary() == null) {
            ZoneId zone = scope.zone(country);
            LocalDate monday = RosterWeek.containing(clock.instant(), zone).start().atZone(zone).toLocalDate();
            // A rota seeded before holds Sunday night into this Monday: the new one then starts at 08:00, not 00:00.
            boolean mondayNightHeld = rosters.onDuty(country, monday.atStartOfDay(zone).toInstant()).primary() != null;
            rosters.replace(DEMO, country, DemoRota.weeks(cc, monday, 6, zone, !mondayNightHeld));
        }
    }
}
