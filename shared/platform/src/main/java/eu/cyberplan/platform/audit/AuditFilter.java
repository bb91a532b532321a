package eu.cyberplan.platform.audit;

import eu.cyberplan.platform.input.IsoInstantDeserializer;

import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The query of {@code GET /api/v1/audit}: optional actor, target id, action and time window ({@code from} inclusive,
 * {@code to} exclusive), the country the caller is limited to (null: every country), and the page. Every bad value
 * is named in one 422.
 */
public record AuditFilter(String actor, String targetId, String action, Instant from, Instant to, String country,
                          int page, int size) {

    static final int MAX_TEXT = 200;

    public static AuditFilter parse(String actor, String targetId, String action, String from, String to,
                                    String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Instant since = instant("from", from, errors);
        Instant until = instant("to", to, errors);
        if (since != null && until != null && !since.isBefore(until)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / Page.MAX_SIZE, errors);
        int pageSize = number("size", size, Page.DEFAULT_SIZE, 1, Page.MAX_SIZE, errors);
        text("actor", actor, errors);
        text("targetId", targetId, errors);
        text("action", action, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new AuditFilter(blankToNull(actor), blankToNull(targetId), blankToNull(action), since, until, null, pageNumber, pageSize);
    }

    /** The same query, limited to one country's entries. */
    public AuditFilter limitedTo(String onlyCountry) {
        return new AuditFilter(actor, targetId, action, from, to, onlyCountry, page, size);
    }

    private static Instant instant(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(value.trim());
            if (!IsoInstantDeserializer.withinBounds(instant)) {
                // Beyond what PostgreSQL stores (or what Timestamp.from can hold): as in request bodies.
                errors.add(new FieldError(field, "must be between " + IsoInstantDeserializer.EARLIEST + " and " + IsoInstantDeserializer.LATEST));
                return null;
            }
            return instant;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 instant such as 2026-12-06T08:00:00Z"));
            return null;
        }
    }

    private static int number(String field, String value, int absent, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add(new FieldError(field, "must be a whole number from " + min + " to " + max));
        return absent;
    }

    private static void text(String field, String value, List<FieldError> errors) {
        if (value != null && value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
