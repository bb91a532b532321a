package eu.cyberplan.contactpoints.demo;

import eu.cyberplan.contactpoints.plan.Capability;
import eu.cyberplan.contactpoints.plan.NationalPlans;
import eu.cyberplan.contactpoints.plan.PlanContent;
import eu.cyberplan.contactpoints.plan.PlanStore;
import eu.cyberplan.contactpoints.plan.Playbook;
import eu.cyberplan.contactpoints.plan.PlaybookStep;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The demo federation's national plans: each member's plan owner approves a plan with playbooks for the RSIT classes
 * and assistance capabilities, unless the country has a plan in force. A few countries leave classes uncovered, so
 * readiness shows a difference.
 */
@Singleton
@Requires(property = "cyberplan.demo.enabled", value = "true")
public class DemoPlans {

    private static final List<String> ALL_CLASSES = List.of("malicious-code", "intrusions", "availability", "information-content-security",
            "fraud", "intrusion-attempts", "information-gathering", "abusive-content", "vulnerable", "other", "test");
    private static final List<String> KINDS = List.of("CONTAINMENT", "REPAIR", "FORENSICS", "COORDINATION");

    private final NationalPlans plans;
    private final PlanStore store;

    public DemoPlans(NationalPlans plans, PlanStore store) {
        this.plans = plans;
        this.store = store;
    }

    /** Drafts and approves the demo plan of the {@code index}-th member unless it has a plan in force; one transaction. */
    @Transactional
    public void seedIfAbsent(String country, int index) {
        if (store.inForce(country).isPresent()) {
            return;
        }
        String cc = country.toLowerCase(Locale.ROOT);
        Caller owner = new Caller("owner." + cc, Set.of(Roles.PLAN_OWNER), country);
        List<String> classes = index % 7 == 3 ? ALL_CLASSES.subList(0, 8) : ALL_CLASSES;
        List<Playbook> playbooks = new ArrayList<>();
        playbooks.add(new Playbook("malicious-code", "infected-system", List.of(
                step("CONTAINMENT", "Isolate the infected systems from the network", "DUTY_OFFICER", 30, true),
                step("CONTAINMENT", "Block the command-and-control indicators at the perimeter", "DUTY_OFFICER", 60, false),
                step("CONTAINMENT", "Preserve memory and disk images for forensics", "CSIRT_ANALYST", 120, false),
                step("CONTAINMENT", "Share indicators with the CSIRTs Network", "NCP", 180, true),
                step("REPAIR", "Restore from offline backups after verification", "SYSTEM_OWNER", 1440, false),
                step("REPAIR", "Rotate credentials of the affected domain", "SYSTEM_OWNER", 2880, true))));
        for (String rsitClass : classes) {
            playbooks.add(new Playbook(rsitClass, null, List.of(
                    step("CONTAINMENT", "Assess scope and affected entities (" + rsitClass + ")", "DUTY_OFFICER", 60, false),
                    step("CONTAINMENT", "Contain the incident at the affected entities", "DUTY_OFFICER", 240, true),
                    step("REPAIR", "Restore normal operation and confirm with the entity", "SYSTEM_OWNER", 2880, false),
                    step("REPAIR", "Lessons learned to the national plan owner", "PLAN_OWNER", 10080, true))));
        }
        List<Capability> capabilities = List.of(
                new Capability(KINDS.get(index % KINDS.size()), "on request through the NCP, within 24 h", "ncp@cert." + cc + ".example"),
                new Capability(KINDS.get((index + 1) % KINDS.size()), "remote support, business hours", "cert@cert." + cc + ".example"));
        int version = plans.draft(owner, country, new PlanContent(null, capabilities, playbooks, "Demo plan of " + country)).version();
        plans.approve(owner, country, version);
    }

    private static PlaybookStep step(String phase, String title, String owner, int minutes, boolean reportToEu) {
        return new PlaybookStep(null, phase, title, owner, minutes, reportToEu);
    }
}
