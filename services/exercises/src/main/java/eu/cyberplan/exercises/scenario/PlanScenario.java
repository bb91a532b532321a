package eu.cyberplan.exercises.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An exercise planned from a country's plan in force (issue 24): a scenario that exercises each of its contact points
 * and each step of each of its playbooks, for the planner to review, change and load. As rules:
 * <ul>
 *     <li>at T0 a COMCHECK of the country; then one MESSAGE per contact point of the plan (the NCP's primary and backup,
 *     the EU-CyCLONe liaison, the single point of contact, every CSIRT, every assistance capability's contact), asking
 *     to reach it and confirm it answers;</li>
 *     <li>per playbook, an INCIDENT of its RSIT class and type affecting the country, expected acknowledged within 15
 *     minutes, followed by one MESSAGE per step naming its owner and target time;</li>
 *     <li>injects {@code spacingSeconds} of exercise time apart, in the plan's order; the country takes part alone,
 *     under a compression of 10.</li>
 * </ul>
 */
public final class PlanScenario {

    public static final int COMPRESSION = 10;
    public static final double ACKNOWLEDGE_WITHIN_MINUTES = 15;

    private PlanScenario() {
    }

    public static ScenarioBody propose(PlanInForce plan, long spacingSeconds) {
        String cc = plan.country();
        List<ScenarioBody.Inject> injects = new ArrayList<>();
        List<ScenarioBody.Expectation> expectations = new ArrayList<>();
        long[] at = {0};
        injects.add(inject(at, spacingSeconds, cc, "COMCHECK", "Communication check of " + cc + "'s contact points", null,
                "answer the comcheck within 15 minutes", null));
        contacts(plan).forEach((who, address) -> injects.add(inject(at, spacingSeconds, cc, "MESSAGE", "Reach " + who + " (" + address + ")",
                Map.of("text", "Contact " + who + " at " + address + " as the plan says and confirm it answers."), "confirm " + who + " answered", null)));
        int p = 0;
        for (PlanInForce.Playbook playbook : plan.playbooks() == null ? List.<PlanInForce.Playbook>of() : plan.playbooks()) {
            if (playbook.rsitClass() == null) {
                continue;
            }
            String ref = "PB" + (++p);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("severity", "HIGH");
            payload.put("rsitClass", playbook.rsitClass());
            if (playbook.rsitType() != null) {
                payload.put("rsitType", playbook.rsitType());
            }
            payload.put("affectedCountries", List.of(cc));
            payload.put("summary", "Exercises the " + playbook.rsitClass() + " playbook of " + cc + "'s plan (version " + plan.version() + ")");
            injects.add(inject(at, spacingSeconds, cc, "INCIDENT", "Playbook drill: " + playbook.rsitClass()
                    + (playbook.rsitType() == null ? "" : " / " + playbook.rsitType()), payload, "acknowledge the alert and start the checklist", ref));
            expectations.add(new ScenarioBody.Expectation("ACKNOWLEDGE", cc, ref, ACKNOWLEDGE_WITHIN_MINUTES, null,
                    cc + " acknowledges the " + playbook.rsitClass() + " drill within " + (int) ACKNOWLEDGE_WITHIN_MINUTES + " minutes"));
            for (PlanInForce.Step step : playbook.steps() == null ? List.<PlanInForce.Step>of() : playbook.steps()) {
                String owner = step.ownerRole() == null ? "the duty officer" : step.ownerRole().toLowerCase(Locale.ROOT).replace('_', ' ');
                injects.add(inject(at, spacingSeconds, cc, "MESSAGE", "Step " + (step.id() == null ? "" : step.id() + " ") + "(" + step.phase() + "): "
                                + step.title(), Map.of("text", owner + " carries it out" + (step.targetMinutes() == null ? ""
                                : " within " + step.targetMinutes() + " minutes") + " and ticks it on the checklist"),
                        "tick " + (step.id() == null ? "the step" : step.id()) + (step.targetMinutes() == null ? "" : " within " + step.targetMinutes() + " min"),
                        null));
            }
        }
        return new ScenarioBody("Plan drill " + cc + " (plan version " + plan.version() + ")", List.of(cc), List.of(), COMPRESSION, injects,
                expectations, null);
    }

    /** Every contact point of the plan, by what it is, in the plan's order; each address once. */
    static Map<String, String> contacts(PlanInForce plan) {
        Map<String, String> contacts = new LinkedHashMap<>();
        PlanInForce.ContactPoints points = plan.contactPoints();
        if (points != null) {
            if (points.ncp() != null) {
                put(contacts, "the NCP (primary)", points.ncp().primary());
                put(contacts, "the NCP (backup)", points.ncp().backup());
            }
            put(contacts, "the EU-CyCLONe liaison", points.cycloneLiaison());
            put(contacts, "the NIS2 single point of contact", points.singlePointOfContact());
            for (PlanInForce.Csirt csirt : points.csirts() == null ? List.<PlanInForce.Csirt>of() : points.csirts()) {
                put(contacts, "CSIRT " + (csirt.name() == null ? "" : csirt.name()), csirt.email() != null ? csirt.email() : csirt.phone());
            }
        }
        for (PlanInForce.Capability capability : plan.capabilities() == null ? List.<PlanInForce.Capability>of() : plan.capabilities()) {
            put(contacts, "the " + (capability.kind() == null ? "assistance" : capability.kind().toLowerCase(Locale.ROOT)) + " capability", capability.contact());
        }
        return contacts;
    }

    private static void put(Map<String, String> contacts, String who, String address) {
        if (address != null && !address.isBlank() && !contacts.containsValue(address)) {
            contacts.put(who, address);
        }
    }

    private static ScenarioBody.Inject inject(long[] at, long spacing, String country, String kind, String title, Map<String, Object> payload,
                                              String expected, String ref) {
        ScenarioBody.Inject inject = new ScenarioBody.Inject(at[0], country, kind, title.length() > 300 ? title.substring(0, 300) : title, payload,
                expected, ref);
        at[0] += spacing;
        return inject;
    }
}
