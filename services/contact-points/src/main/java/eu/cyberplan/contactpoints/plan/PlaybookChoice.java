package eu.cyberplan.contactpoints.plan;

import java.util.List;
import java.util.Optional;

/**
 * Which playbook of a plan applies to an incident's classification: the one for its exact RSIT class and type beats the
 * one for the whole class; with neither (or no class at all) there is no playbook, and so no checklist.
 */
public final class PlaybookChoice {

    private PlaybookChoice() {
    }

    public static Optional<Playbook> forIncident(List<Playbook> playbooks, String rsitClass, String rsitType) {
        if (rsitClass == null) {
            return Optional.empty();
        }
        Optional<Playbook> exact = rsitType == null ? Optional.empty() : playbooks.stream()
                .filter(p -> rsitClass.equals(p.rsitClass()) && rsitType.equals(p.rsitType())).findFirst();
        return exact.or(() -> playbooks.stream().filter(p -> rsitClass.equals(p.rsitClass()) && p.rsitType() == null).findFirst());
    }
}
