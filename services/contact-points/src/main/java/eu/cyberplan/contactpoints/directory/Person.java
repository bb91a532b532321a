package eu.cyberplan.contactpoints.directory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One person of a country's CSIRTs, with how to reach them and their roles (NCP, DUTY_OFFICER, CYCLONE_LIAISON, …). */
@Serdeable
public record Person(@Nullable @Size(max = 64) @SingleLine String username, @Nullable @Size(max = 200) @SingleLine String name,
                     @Nullable @Size(max = 254) @SingleLine String email, @Nullable @Size(max = 40) @SingleLine String phone,
                     @Nullable @Size(max = 20) List<@NotNull @Size(max = 40) @SingleLine String> roles) {
}
