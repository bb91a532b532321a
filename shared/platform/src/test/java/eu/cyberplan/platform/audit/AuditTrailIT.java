package eu.cyberplan.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.outbox.WidgetService;
import eu.cyberplan.testing.ServiceUnderTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The audit trail on real PostgreSQL: written with the change or not at all, sealed in id order, append-only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "cyberplan.audit.sealer.interval", value = "50ms")
class AuditTrailIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WidgetService widgets;

    @Inject
    AuditLog log;

    @Inject
    DataSource dataSource;

    private AuditRows rows;

    @Override
    public Map<String, String> getProperties() {
        return ServiceUnderTest.of("platform").properties();
    }

    private AuditRows rows() {
        if (rows == null) {
            rows = new AuditRows(dataSource);
        }
        return rows;
    }

    @Test
    void shouldRecordTheChangeInItsTransactionAndNothingWhenItRollsBack() throws Exception {
        assertThatThrownBy(() -> widgets.create("rolled-back", Mode.REAL, true)).isInstanceOf(IllegalStateException.class);
        UUID committed = widgets.create("committed", Mode.REAL, false);
        List<AuditEntry> entries = rows().where("action = 'widget.created'");
        assertThat(entries).extracting(AuditEntry::targetId).contains(committed.toString());
        AuditEntry entry = entries.stream().filter(e -> e.targetId().equals(committed.toString())).findFirst().orElseThrow();
        assertThat(entry.actor()).isEqualTo("system");
        assertThat(entry.targetType()).isEqualTo("widget");
        assertThat(entry.country()).isEqualTo("EE");
        JsonNode detail = JSON.readTree(entry.detail());
        assertThat(detail.path("tlp").asText()).isEqualTo("AMBER+STRICT");
        assertThat(detail.path("mode").asText()).isEqualTo("REAL");
        assertThat(UUID.fromString(detail.path("eventId").asText())).isNotNull();
        long widgetEntries = rows().where("action = 'widget.created'").size();
        long widgetRows = countWidgets();
        assertThat(widgetEntries).as("one entry per committed widget, none for the rolled-back one").isEqualTo(widgetRows);
    }

    @Test
    void shouldSealBehindASlowTransactionThatHoldsALowerId() throws Exception {
        try (Connection slow = rows().connection(); Statement statement = slow.createStatement()) {
            slow.setAutoCommit(false);
            long slowId;
            try (ResultSet rs = statement.executeQuery("INSERT INTO audit_entry (at, actor, action) VALUES (now(), 'slow', 'test.slow') RETURNING id")) {
                rs.next();
                slowId = rs.getLong(1);
            }
            List<UUID> later = List.of(widgets.create("a", Mode.REAL, false), widgets.create("b", Mode.REAL, false));
            // While the lower id is open, nothing from it on may be sealed: it would end up behind the chain's end.
            await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3))
                    .until(() -> rows().where("id >= " + slowId + " AND hash IS NOT NULL").isEmpty());
            assertThat(rows().where("id > " + slowId + " AND action = 'widget.created'")).extracting(AuditEntry::targetId)
                    .containsAll(later.stream().map(UUID::toString).toList());
            slow.commit();
            await().atMost(Duration.ofSeconds(10)).until(() -> rows().unsealed() == 0);
            List<AuditEntry> chained = rows().all();
            AuditEntry slowEntry = chained.stream().filter(e -> e.id() == slowId).findFirst().orElseThrow();
            AuditEntry next = chained.stream().filter(e -> e.id() > slowId).findFirst().orElseThrow();
            assertThat(next.prevHash()).as("the entry after the slow one follows it in the chain").isEqualTo(slowEntry.hash());
            assertThat(log.verify().valid()).isTrue();
        }
    }

    @Test
    void shouldChainConcurrentWritersInIdOrder() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(6);
        try {
            List<Future<UUID>> done = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                boolean fail = i % 10 == 0;
                done.add(writers.submit(() -> {
                    try {
                        return widgets.create("concurrent", Mode.REAL, fail);
                    } catch (IllegalStateException rolledBack) {
                        return null;
                    }
                }));
            }
            for (Future<UUID> each : done) {
                each.get();
            }
        } finally {
            writers.shutdown();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> rows().unsealed() == 0);
        List<AuditEntry> chain = rows().all();
        for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.get(i).prevHash()).as("entry %d follows %d", chain.get(i).id(), chain.get(i - 1).id()).isEqualTo(chain.get(i - 1).hash());
        }
        assertThat(chain.get(0).prevHash()).isNull();
        Verdict verdict = log.verify();
        assertThat(verdict).isEqualTo(Verdict.valid(chain.size(), chain.get(chain.size() - 1).id()));
    }

    @Test
    void shouldSealRowsInPlaceWithoutTouchingTheirIndexes() {
        // Only this test's seals count: the other tests' entries sealed, and their updates in the statistics, first.
        await().atMost(Duration.ofSeconds(15)).until(() -> rows().unsealed() == 0);
        long[] before = settledUpdates();
        for (int i = 0; i < 50; i++) {
            widgets.create("sealed in place", Mode.REAL, false);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> rows().unsealed() == 0);
        // Table statistics reach pg_stat_user_tables a moment after the sealer's transaction ends.
        await().atMost(Duration.ofSeconds(20)).until(() -> updates()[0] - before[0] >= 50);
        long[] after = updates();
        // At fillfactor 80 a third of the seals were HOT; at 50 this machine shows 76-100 % (a page whose dead versions
        // cannot be pruned yet, behind an open snapshot, takes a new version elsewhere): two thirds tells the two apart.
        assertThat(after[1] - before[1]).as("HOT updates among the %d seals", after[0] - before[0])
                .isGreaterThanOrEqualTo((after[0] - before[0]) * 2 / 3);
    }

    @Test
    void shouldRefuseToRewriteHistory() {
        widgets.create("history", Mode.REAL, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> rows().unsealed() == 0);
        long sealed = rows().all().get(0).id();
        assertRefused("UPDATE audit_entry SET actor = 'someone else' WHERE id = " + sealed);
        assertRefused("UPDATE audit_entry SET hash = 'ff' WHERE id = " + sealed);
        assertRefused("DELETE FROM audit_entry WHERE id = " + sealed);
        assertRefused("TRUNCATE audit_entry");
        assertRefused("INSERT INTO audit_archive (archived_up_to, last_hash, archived_by) VALUES (0, 'x', 'test')",
                "DELETE FROM audit_archive");
        try (Connection slow = rows().connection(); Statement statement = slow.createStatement()) {
            slow.setAutoCommit(false);
            statement.execute("INSERT INTO audit_entry (at, actor, action) VALUES (now(), 'open', 'test.open')");
            statement.execute("SELECT 1");
            // An unsealed row still refuses any change but its seal, even by its own transaction.
            assertThatThrownBy(() -> statement.execute("UPDATE audit_entry SET action = 'test.other' WHERE actor = 'open'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            slow.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(rows().where("id = " + sealed)).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("system"));
        assertThat(log.verify().valid()).isTrue();
    }

    @Test
    void shouldNameTheFirstChangedDeletedOrReorderedEntry() {
        for (int i = 0; i < 5; i++) {
            widgets.create("tamper " + i, Mode.REAL, false);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> rows().unsealed() == 0);
        List<AuditEntry> chain = rows().all();
        long a = chain.get(chain.size() - 4).id();
        long b = chain.get(chain.size() - 3).id();
        long c = chain.get(chain.size() - 2).id();
        assertThat(log.verify().valid()).isTrue();

        rows().tamper("UPDATE audit_entry SET actor = 'mallory' WHERE id = " + b);
        assertThat(log.verify()).satisfies(v -> {
            assertThat(v.valid()).isFalse();
            assertThat(v.firstBrokenId()).isEqualTo(b);
        });
        rows().tamper("UPDATE audit_entry SET actor = 'system' WHERE id = " + b);
        assertThat(log.verify().valid()).isTrue();

        rows().tamper("CREATE TABLE kept_row AS SELECT * FROM audit_entry WHERE id = " + b, "DELETE FROM audit_entry WHERE id = " + b);
        assertThat(log.verify()).satisfies(v -> {
            assertThat(v.valid()).isFalse();
            assertThat(v.firstBrokenId()).as("the entry after the deleted one").isEqualTo(c);
            assertThat(v.entries()).isEqualTo(chain.size() - 1);
        });
        rows().tamper("INSERT INTO audit_entry SELECT * FROM kept_row", "DROP TABLE kept_row");
        assertThat(log.verify().valid()).isTrue();

        rows().tamper("UPDATE audit_entry SET id = -1 WHERE id = " + a, "UPDATE audit_entry SET id = " + a + " WHERE id = " + b,
                "UPDATE audit_entry SET id = " + b + " WHERE id = -1");
        assertThat(log.verify()).satisfies(v -> {
            assertThat(v.valid()).isFalse();
            assertThat(v.firstBrokenId()).isEqualTo(a);
        });
        rows().tamper("UPDATE audit_entry SET id = -1 WHERE id = " + a, "UPDATE audit_entry SET id = " + a + " WHERE id = " + b,
                "UPDATE audit_entry SET id = " + b + " WHERE id = -1");
        assertThat(log.verify().valid()).isTrue();
    }

    private void assertRefused(String... sql) {
        SQLException refused = rows().tryRun(sql);
        assertThat((Object) refused).as(String.join("; ", sql)).isNotNull();
        assertThat(refused.getMessage()).contains("append-only");
    }

    /** Rows of audit_entry updated so far, and how many of those in place (HOT: no new index entries). */
    /** The update counters once they stop moving: statistics reach pg_stat_user_tables a moment after each transaction. */
    private long[] settledUpdates() {
        AtomicReference<long[]> last = new AtomicReference<>(updates());
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(1200))
                .until(() -> last.getAndSet(updates())[0] == last.get()[0]);
        return last.get();
    }

    private long[] updates() {
        try (Connection connection = rows().connection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relid = 'audit_entry'::regclass")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long countWidgets() {
        try (Connection connection = rows().connection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM widget")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
