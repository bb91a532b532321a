package eu.cyberplan.platform.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerificationTest {

    /** Five entries with ids 1, 2, 4, 5, 6 (3 rolled back), sealed in id order; the last {@code unsealed} not yet. */
    static List<AuditEntry> chain(int unsealed) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = null;
        long[] ids = {1, 2, 4, 5, 6};
        for (int i = 0; i < ids.length; i++) {
            AuditEntry entry = new AuditEntry(ids[i], Instant.parse("2026-12-06T08:00:00Z").plusSeconds(i), "duty.ee", "EE",
                    "incident.read", "incident", "i" + i, "EE", "{}", null, null);
            if (i < ids.length - unsealed) {
                entry = entry.sealedAfter(previous);
                previous = entry.hash();
            }
            entries.add(entry);
        }
        return entries;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("an intact chain with a gap in the ids", chain(0), Verdict.valid(5, 6L)),
                Arguments.of("unsealed entries at the end", chain(2), Verdict.valid(5, 4L)),
                Arguments.of("nothing sealed yet", chain(5), Verdict.valid(5, null)),
                Arguments.of("no entries", List.of(), Verdict.valid(0, null)),
                Arguments.of("a changed actor", change(chain(0), 2, e -> copy(e, e.id(), "duty.lv", e.prevHash(), e.hash())), Verdict.broken(4, 5)),
                Arguments.of("a deleted entry", remove(chain(0), 1), Verdict.broken(4, 4)),
                Arguments.of("the first entry deleted", remove(chain(0), 0), Verdict.broken(2, 4)),
                Arguments.of("two entries swapped", swap(chain(0), 1, 2), Verdict.broken(2, 5)),
                Arguments.of("a hash recomputed to hide a change", change(chain(0), 2, e -> {
                    AuditEntry forged = copy(e, e.id(), "duty.lv", null, null);
                    return forged.sealedAfter(e.prevHash());
                }), Verdict.broken(5, 5)),
                Arguments.of("a sealed entry behind an unsealed one", change(chain(0), 1, e -> copy(e, e.id(), e.actor(), null, null)), Verdict.broken(4, 5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldFindTheFirstBrokenEntry(String what, List<AuditEntry> entries, Verdict expected) {
        ChainVerification verification = new ChainVerification(null);
        entries.forEach(verification::accept);
        assertThat(verification.verdict()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void shouldStartFromTheArchiveAnchorAfterRetention() {
        List<AuditEntry> entries = chain(0);
        ChainVerification verification = new ChainVerification(entries.get(1).hash());
        entries.subList(2, 5).forEach(verification::accept);
        assertThat(verification.verdict()).isEqualTo(Verdict.valid(3, 6L));
        ChainVerification withoutAnchor = new ChainVerification(null);
        entries.subList(2, 5).forEach(withoutAnchor::accept);
        assertThat(withoutAnchor.verdict()).isEqualTo(Verdict.broken(4, 3));
    }

    private static List<AuditEntry> change(List<AuditEntry> entries, int index, UnaryOperator<AuditEntry> change) {
        List<AuditEntry> changed = new ArrayList<>(entries);
        changed.set(index, change.apply(entries.get(index)));
        return changed;
    }

    private static List<AuditEntry> remove(List<AuditEntry> entries, int index) {
        List<AuditEntry> fewer = new ArrayList<>(entries);
        fewer.remove(index);
        return fewer;
    }

    /** The rows at two positions exchange their contents but keep their ids, as an UPDATE of the ids would leave them. */
    private static List<AuditEntry> swap(List<AuditEntry> entries, int a, int b) {
        List<AuditEntry> swapped = new ArrayList<>(entries);
        AuditEntry first = entries.get(a);
        AuditEntry second = entries.get(b);
        swapped.set(a, copy(second, first.id(), second.actor(), second.prevHash(), second.hash()));
        swapped.set(b, copy(first, second.id(), first.actor(), first.prevHash(), first.hash()));
        return swapped;
    }

    private static AuditEntry copy(AuditEntry e, long id, String actor, String prevHash, String hash) {
        return new AuditEntry(id, e.at(), actor, e.actorCountry(), e.action(), e.targetType(), e.targetId(), e.country(), e.detail(), prevHash, hash);
    }
}
