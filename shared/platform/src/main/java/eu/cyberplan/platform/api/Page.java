package eu.cyberplan.platform.api;

import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One page of a list (DESIGN §9): 0-based {@code page}, {@code size} items at most, {@code total} in all.
 *
 * <p>{@link #page} and {@link #size} are the one check of the query parameters of every list endpoint: out of range is a
 * 422 naming the parameter, never a clamp that hides a client bug nor an {@code OFFSET} that overflows (page × size
 * stays below {@link #MAX_PAGE} × {@link #MAX_SIZE} = 50,000,000, far inside an int).
 */
@Serdeable
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** No list of this system comes near 100,000 pages; a page number beyond is a mistake or a probe. */
    public static final int MAX_PAGE = 100_000;

    /** The whole of a short list as one page. */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, 0, Math.max(items.size(), DEFAULT_SIZE), items.size());
    }

    /** The requested page: 0 when absent; 422 naming {@code page} when negative or beyond {@link #MAX_PAGE}. */
    public static int page(@Nullable Integer requested) {
        if (requested == null) {
            return 0;
        }
        if (requested < 0 || requested > MAX_PAGE) {
            throw ProblemException.invalid("page", "must be from 0 to " + MAX_PAGE);
        }
        return requested;
    }

    /** The requested size: {@link #DEFAULT_SIZE} when absent; 422 naming {@code size} when below 1 or above {@link #MAX_SIZE}. */
    public static int size(@Nullable Integer requested) {
        if (requested == null) {
            return DEFAULT_SIZE;
        }
        if (requested < 1 || requested > MAX_SIZE) {
            throw ProblemException.invalid("size", "must be from 1 to " + MAX_SIZE);
        }
        return requested;
    }

    /** The SQL offset of a checked page and size, as a long so no caller multiplies ints. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }
}
