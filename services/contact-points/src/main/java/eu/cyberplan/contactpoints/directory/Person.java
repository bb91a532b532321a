package eu.cyberplan.contactpoints.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One person of a country's CSIRTs, with how to reach them and their roles (NCP, DUTY_OFFICER, CYCLONE_LIAISON, …). */
@Serdeable
public record Person(@Nullable String username, @Nullable String name, @Nullable String email, @Nullable String phone,
                     @Nullable List<String> roles) {
}
