package eu.cyberplan.platform.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://cyberplan.eu/problems/";

    public static Problem of(int status, String title, @Nullable String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + slug(title), title, status, detail, errors == null ? List.of() : errors);
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
