package eu.cyberplan.platform.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ChainHashTest {

    static final AuditEntry ENTRY = new AuditEntry(7, Instant.parse("2026-12-06T08:00:00.123456Z"), "duty.ee", "EE",
            "incident.reported", "incident", "6f1c", "EE", "{\"tlp\": \"RED\"}", null, null);

    @Test
    void shouldWriteTheDocumentedTextForm() {
        assertThat(ChainHash.textForm("ab12", ENTRY)).isEqualTo(String.join("\n",
                "cyberplan-audit-v1", "4:ab12", "1:7", "27:2026-12-06T08:00:00.123456Z", "7:duty.ee", "2:EE",
                "17:incident.reported", "8:incident", "4:6f1c", "2:EE", "14:{\"tlp\": \"RED\"}"));
    }

    @Test
    void shouldGiveTheSha256OfTheTextFormInLowerCaseHex() {
        // the text form above through sha256sum(1), so an operator can check an entry without this code
        assertThat(ChainHash.of("ab12", ENTRY)).isEqualTo("bdf2a0d6328755c25490c8f1d5a4f4da3327daa3e3af9e1a94e2fa36045d841e");
        assertThat(ChainHash.textForm(null, ENTRY)).startsWith("cyberplan-audit-v1\n-\n1:7\n");
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("previous hash", (UnaryOperator<AuditEntry>) e -> e, "ab13"),
                Arguments.of("id", (UnaryOperator<AuditEntry>) e -> with(e, 8, e.actor(), e.actorCountry(), e.targetId(), e.detail()), "ab12"),
                Arguments.of("time", (UnaryOperator<AuditEntry>) e -> new AuditEntry(e.id(), e.at().plusNanos(1000), e.actor(), e.actorCountry(),
                        e.action(), e.targetType(), e.targetId(), e.country(), e.detail(), null, null), "ab12"),
                Arguments.of("actor", (UnaryOperator<AuditEntry>) e -> with(e, 7, "duty.lv", e.actorCountry(), e.targetId(), e.detail()), "ab12"),
                Arguments.of("null country vs empty", (UnaryOperator<AuditEntry>) e -> with(e, 7, e.actor(), "", e.targetId(), e.detail()), "ab12"),
                Arguments.of("value shifted into its neighbour", (UnaryOperator<AuditEntry>) e -> with(e, 7, "duty.eeE", "", e.targetId(), e.detail()), "ab12"),
                Arguments.of("target", (UnaryOperator<AuditEntry>) e -> with(e, 7, e.actor(), e.actorCountry(), "6f1d", e.detail()), "ab12"),
                Arguments.of("detail", (UnaryOperator<AuditEntry>) e -> with(e, 7, e.actor(), e.actorCountry(), e.targetId(), "{\"tlp\": \"AMBER\"}"), "ab12"));
    }

    @ParameterizedTest(name = "a changed {0} changes the hash")
    @MethodSource("changes")
    void shouldChangeTheHashWhenAnyColumnChanges(String what, UnaryOperator<AuditEntry> change, String previous) {
        assertThat(ChainHash.of(previous, change.apply(ENTRY))).isNotEqualTo(ChainHash.of("ab12", ENTRY));
    }

    private static AuditEntry with(AuditEntry e, long id, String actor, String actorCountry, String targetId, String detail) {
        return new AuditEntry(id, e.at(), actor, actorCountry, e.action(), e.targetType(), targetId, e.country(), detail, null, null);
    }
}
