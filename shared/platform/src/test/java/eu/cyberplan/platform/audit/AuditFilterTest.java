package eu.cyberplan.platform.audit;

import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditFilterTest {

    @Test
    void shouldTakeDefaultsWhenNothingIsGiven() {
        assertThat(AuditFilter.parse(null, null, null, null, null, null, null))
                .isEqualTo(new AuditFilter(null, null, null, null, null, null, 0, 50));
    }

    @Test
    void shouldReadEveryValue() {
        assertThat(AuditFilter.parse("duty.ee", " 6f1c ", "incident.read", "2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z", "3", "500"))
                .isEqualTo(new AuditFilter("duty.ee", "6f1c", "incident.read", Instant.parse("2026-12-01T00:00:00Z"),
                        Instant.parse("2026-12-02T00:00:00Z"), null, 3, 500));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({
            "page, -1", "page, two", "page, 99999999", "size, 0", "size, 501", "size, 1e3",
            "from, yesterday", "to, 2026-12-06", "to, 2026-11-01T00:00:00Z"})
    void shouldNameTheBadField(String field, String value) {
        String from = field.equals("from") ? value : "2026-12-01T00:00:00Z";
        String to = field.equals("to") ? value : null;
        assertThatThrownBy(() -> AuditFilter.parse(null, null, null, from, to,
                field.equals("page") ? value : null, field.equals("size") ? value : null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
    }

    @Test
    void shouldNameEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> AuditFilter.parse("x".repeat(201), null, null, "soon", null, "-2", "0"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("from", "page", "size", "actor"));
    }

    @Test
    void shouldLimitToOneCountry() {
        assertThat(AuditFilter.parse(null, null, null, null, null, null, null).limitedTo("EE").country()).isEqualTo("EE");
    }
}
