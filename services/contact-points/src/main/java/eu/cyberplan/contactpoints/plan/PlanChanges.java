package eu.cyberplan.contactpoints.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed from one plan version to another: contact points field by field, capabilities added or removed,
 * playbooks added or removed by class and type, and within a playbook each step added, removed or changed by id.
 */
public final class PlanChanges {

    private PlanChanges() {
    }

    /** One difference: where ({@code playbooks[malicious-code/*].steps[containment-1].targetMinutes}), how, and the two values. */
    @Serdeable
    public record Change(String path, String change, @Nullable String from, @Nullable String to) {
    }

    public static List<Change> between(PlanContent from, PlanContent to) {
        List<Change> changes = new ArrayList<>();
        contactPoints(from.contactPoints(), to.contactPoints(), changes);
        List<String> oldCapabilities = from.capabilityList().stream().map(PlanChanges::text).toList();
        List<String> newCapabilities = to.capabilityList().stream().map(PlanChanges::text).toList();
        oldCapabilities.stream().filter(c -> !newCapabilities.contains(c)).forEach(c -> changes.add(new Change("capabilities", "REMOVED", c, null)));
        newCapabilities.stream().filter(c -> !oldCapabilities.contains(c)).forEach(c -> changes.add(new Change("capabilities", "ADDED", null, c)));
        Map<String, Playbook> before = byKey(from.playbookList());
        Map<String, Playbook> after = byKey(to.playbookList());
        before.forEach((key, playbook) -> {
            if (!after.containsKey(key)) {
                changes.add(new Change("playbooks[" + key + "]", "REMOVED", playbook.stepList().size() + " steps", null));
            }
        });
        after.forEach((key, playbook) -> {
            Playbook old = before.get(key);
            if (old == null) {
                changes.add(new Change("playbooks[" + key + "]", "ADDED", null, playbook.stepList().size() + " steps"));
            } else {
                steps("playbooks[" + key + "]", old.stepList(), playbook.stepList(), changes);
            }
        });
        return changes;
    }

    private static void contactPoints(ContactPoints from, ContactPoints to, List<Change> changes) {
        ContactPoints a = from == null ? new ContactPoints(null, null, null, null) : from;
        ContactPoints b = to == null ? new ContactPoints(null, null, null, null) : to;
        field("contactPoints.ncp.primary", a.ncp() == null ? null : a.ncp().primary(), b.ncp() == null ? null : b.ncp().primary(), changes);
        field("contactPoints.ncp.backup", a.ncp() == null ? null : a.ncp().backup(), b.ncp() == null ? null : b.ncp().backup(), changes);
        field("contactPoints.cycloneLiaison", a.cycloneLiaison(), b.cycloneLiaison(), changes);
        field("contactPoints.singlePointOfContact", a.singlePointOfContact(), b.singlePointOfContact(), changes);
        field("contactPoints.csirts", a.csirts() == null ? null : a.csirts().toString(), b.csirts() == null ? null : b.csirts().toString(), changes);
    }

    private static void steps(String at, List<PlaybookStep> from, List<PlaybookStep> to, List<Change> changes) {
        Map<String, PlaybookStep> before = new LinkedHashMap<>();
        from.forEach(step -> before.put(step.id(), step));
        Map<String, PlaybookStep> after = new LinkedHashMap<>();
        to.forEach(step -> after.put(step.id(), step));
        before.forEach((id, step) -> {
            if (!after.containsKey(id)) {
                changes.add(new Change(at + ".steps[" + id + "]", "REMOVED", step.title(), null));
            }
        });
        after.forEach((id, step) -> {
            PlaybookStep old = before.get(id);
            String path = at + ".steps[" + id + "]";
            if (old == null) {
                changes.add(new Change(path, "ADDED", null, step.title()));
                return;
            }
            field(path + ".phase", old.phase(), step.phase(), changes);
            field(path + ".title", old.title(), step.title(), changes);
            field(path + ".ownerRole", old.ownerRole(), step.ownerRole(), changes);
            field(path + ".targetMinutes", str(old.targetMinutes()), str(step.targetMinutes()), changes);
            field(path + ".reportToEu", String.valueOf(old.reported()), String.valueOf(step.reported()), changes);
        });
        List<String> commonBefore = before.keySet().stream().filter(after::containsKey).toList();
        List<String> commonAfter = after.keySet().stream().filter(before::containsKey).toList();
        if (!commonBefore.equals(commonAfter)) {
            changes.add(new Change(at + ".order", "CHANGED", String.join(", ", commonBefore), String.join(", ", commonAfter)));
        }
    }

    private static void field(String path, String from, String to, List<Change> changes) {
        if (!Objects.equals(from, to)) {
            changes.add(new Change(path, from == null ? "ADDED" : to == null ? "REMOVED" : "CHANGED", from, to));
        }
    }

    private static Map<String, Playbook> byKey(List<Playbook> playbooks) {
        Map<String, Playbook> map = new LinkedHashMap<>();
        playbooks.forEach(p -> map.put(p.key(), p));
        return map;
    }

    private static String text(Capability c) {
        return c.kind() + (c.conditions() == null ? "" : ": " + c.conditions()) + (c.contact() == null ? "" : " (" + c.contact() + ")");
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
