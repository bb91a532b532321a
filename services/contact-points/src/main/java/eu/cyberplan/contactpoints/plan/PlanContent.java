package eu.cyberplan.contactpoints.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What a national plan version says, as a client posts it ({@code POST /countries/{cc}/plan/versions}) and as it is
 * kept: contact points (prefilled from the directory when omitted), assistance capabilities and playbooks.
 */
@Serdeable
public record PlanContent(@Nullable @Valid ContactPoints contactPoints, @Nullable @Size(max = 20) List<@Valid @NotNull Capability> capabilities,
                          @Nullable @Size(max = 60) List<@Valid @NotNull Playbook> playbooks, @Nullable @Size(max = 20_000) String note) {

    public List<Capability> capabilityList() {
        return capabilities == null ? List.of() : capabilities;
    }

    public List<Playbook> playbookList() {
        return playbooks == null ? List.of() : playbooks;
    }

    PlanContent with(ContactPoints points, List<Playbook> newPlaybooks) {
        return new PlanContent(points, capabilityList(), newPlaybooks, note);
    }
}
