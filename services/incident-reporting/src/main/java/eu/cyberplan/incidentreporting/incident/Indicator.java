package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * An indicator of compromise reported with an incident: its kind (a STIX 2.1 observable and property, e.g.
 * {@code ipv4-addr}, {@code domain-name}, {@code file:hashes.'SHA-256'}) and its value.
 */
@Serdeable
public record Indicator(@NotBlank @Size(max = 80) @SingleLine String type, @NotBlank @Size(max = 2048) @SingleLine String value,
                        @Nullable @Size(max = 1000) String description) {

    /** The kinds an indicator may have, as STIX names them. */
    public static final List<String> TYPES = List.of("ipv4-addr", "ipv6-addr", "domain-name", "url", "email-addr",
            "file:hashes.'SHA-256'", "file:hashes.'SHA-1'", "file:hashes.MD5");
}
