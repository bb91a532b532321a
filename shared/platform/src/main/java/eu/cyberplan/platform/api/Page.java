package eu.cyberplan.platform.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a list (DESIGN §9): 0-based {@code page}, {@code size} items at most, {@code total} in all. */
@Serdeable
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** The whole of a short list as one page. */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, 0, Math.max(items.size(), DEFAULT_SIZE), items.size());
    }

    public static int page(Integer requested) {
        return requested == null ? 0 : Math.max(0, requested);
    }

    public static int size(Integer requested) {
        return requested == null ? DEFAULT_SIZE : Math.min(MAX_SIZE, Math.max(1, requested));
    }
}
