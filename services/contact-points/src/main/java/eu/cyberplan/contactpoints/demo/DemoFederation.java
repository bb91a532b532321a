package eu.cyberplan.contactpoints.demo;

import eu.cyberplan.contactpoints.directory.Directory;
import eu.cyberplan.contactpoints.login.PasswordHashing;
import eu.cyberplan.contactpoints.login.UserAccount;
import eu.cyberplan.contactpoints.login.UserAccounts;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;

/**
 * Seeds the demo federation (demo environment only): an NCP for every member, the observer CH, and the demo users
 * {@code duty.<cc>}, {@code ncp.<cc>}, {@code owner.<cc>}, {@code coordinator}, {@code planner}, {@code auditor},
 * all with the password {@code demo}. Seeding again changes nothing.
 */
@Singleton
@Requires(property = "cyberplan.demo.enabled", value = "true")
public class DemoFederation implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoFederation.class);

    private final Directory directory;
    private final UserAccounts accounts;

    public DemoFederation(Directory directory, UserAccounts accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        // One hash for every demo account: they share the password, and 90 PBKDF2 runs would slow every start.
        String demoHash = PasswordHashing.hash("demo");
        directory.addObserverIfAbsent("CH", "Switzerland", List.of("Europe/Zurich"), List.of("de", "fr", "it", "rm"));
        for (String country : CountryCodes.MEMBERS) {
            String cc = country.toLowerCase(Locale.ROOT);
            directory.setContactPointIfAbsent(country, "ncp@cert." + cc + ".example", "+000-" + cc + "-backup-line",
                    "cyclone@ncsa." + cc + ".example", "spoc@ncsa." + cc + ".example");
            accounts.addIfAbsent(new UserAccount("duty." + cc, demoHash, List.of(Roles.DUTY_OFFICER), country, "Duty officer " + country, true));
            accounts.addIfAbsent(new UserAccount("ncp." + cc, demoHash, List.of(Roles.NCP), country, "NCP " + country, true));
            accounts.addIfAbsent(new UserAccount("owner." + cc, demoHash, List.of(Roles.PLAN_OWNER), country, "Plan owner " + country, true));
        }
        directory.setContactPointIfAbsent("CH", "ncp@cert.ch.example", "+000-ch-backup-line", null, null);
        accounts.addIfAbsent(new UserAccount("coordinator", demoHash, List.of(Roles.COORDINATOR), "EU", "EU coordinator", true));
        accounts.addIfAbsent(new UserAccount("planner", demoHash, List.of(Roles.EXERCISE_PLANNER), "EU", "Exercise planner", true));
        accounts.addIfAbsent(new UserAccount("auditor", demoHash, List.of(Roles.AUDITOR), "EU", "Auditor", true));
        LOG.info("Demo federation ready: {} member countries, users duty.<cc>, ncp.<cc>, owner.<cc>, coordinator, planner, auditor (password demo)",
                CountryCodes.MEMBERS.size());
    }
}
