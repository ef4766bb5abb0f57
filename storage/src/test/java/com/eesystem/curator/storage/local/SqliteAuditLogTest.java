package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.audit.AuditEntry;
import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.audit.AuditTrail;
import com.eesystem.curator.domain.audit.AuditTrail.ChainVerification;
import com.eesystem.curator.domain.user.UserId;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAuditLogTest {

    static final UserId REVIEWER = UserId.parse("00000000-0000-0000-0000-00000000b001");

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;
    AuditLog log;
    Path database;

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        log = store.auditLog();
        database = store.settings().database();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static AuditRecord record(int n) {
        // nanosecond instants: the hash covers every digit, so the stored text must keep them all
        return new AuditRecord(
                Instant.parse("2026-11-25T10:00:00.123456789Z").plusSeconds(n),
                REVIEWER,
                "review.approved",
                "content:c" + n,
                Map.of("revision", Integer.toString(n), "comment", "line one\nline \"two\""));
    }

    @Test
    void appendedEntriesChainAndSurviveAReopen() {
        AuditEntry first = log.append(record(1));
        AuditEntry second = log.append(record(2));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        store.close();
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        AuditLog reopened = store.auditLog();

        assertThat(reopened.read(1, 10)).containsExactly(first, second);
        assertThat(reopened.head()).contains(second);
        assertThat(new AuditTrail(reopened).verify()).isEqualTo(new ChainVerification.Intact(2, second.hash()));
        assertThat(reopened.append(record(3)).previousHash()).isEqualTo(second.hash());
    }

    @Test
    void readPagesFromASequence() {
        for (int n = 1; n <= 7; n++) {
            log.append(record(n));
        }

        assertThat(log.read(3, 2)).extracting(AuditEntry::sequence).containsExactly(3L, 4L);
        assertThat(log.read(6, 100)).extracting(AuditEntry::sequence).containsExactly(6L, 7L);
        assertThat(log.read(8, 100)).isEmpty();
    }

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<AuditEntry>> appends = java.util.stream.IntStream.range(0, 40)
                    .mapToObj(n -> threads.submit(() -> log.append(record(n))))
                    .toList();
            for (Future<AuditEntry> append : appends) {
                append.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(new AuditTrail(log).verify()).isInstanceOf(ChainVerification.Intact.class);
        assertThat(LocalStoreFixture.single(database, "SELECT count(*) FROM audit_log"))
                .isEqualTo("40");
    }

    @Test
    void everyEntryIsWrittenToTheOutboxWithItsChainFields() throws SQLException {
        AuditEntry entry = log.append(record(1));

        List<List<String>> rows = LocalStoreFixture.query(
                database, "SELECT entity, entity_id, operation, payload FROM outbox WHERE entity = 'audit_log'");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.subList(0, 3)).containsExactly("audit_log", entry.hash(), "upsert");
            assertThat(row.get(3))
                    .contains("\"previous_hash\":\"" + entry.previousHash() + "\"")
                    .contains("\"at\":\"2026-11-25T10:00:01.123456789Z\"");
        });
    }

    @Test
    void theTableRefusesUpdateAndDeleteFromAnyConnection() {
        log.append(record(1));

        assertThatThrownBy(() -> LocalStoreFixture.execute(database, "UPDATE audit_log SET action = 'x'"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("audit_log is append-only");
        assertThatThrownBy(() -> LocalStoreFixture.execute(database, "DELETE FROM audit_log"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("audit_log is append-only");
    }

    @Test
    void aRowEditedBehindTheTriggersBackIsFoundByVerify() throws SQLException {
        for (int n = 1; n <= 5; n++) {
            log.append(record(n));
        }
        // someone with the file drops the guard and rewrites history
        LocalStoreFixture.execute(database, "DROP TRIGGER audit_log_no_update");
        LocalStoreFixture.execute(database, "UPDATE audit_log SET subject = 'content:other' WHERE sequence = 3");

        assertThat(new AuditTrail(store.auditLog()).verify())
                .isInstanceOfSatisfying(ChainVerification.Broken.class, broken -> {
                    assertThat(broken.atSequence()).isEqualTo(3);
                    assertThat(broken.reason()).contains("does not match its content");
                });
    }

    @Test
    void aDeletedRowIsFoundByVerifyAtTheEntryAfterTheGap() throws SQLException {
        for (int n = 1; n <= 5; n++) {
            log.append(record(n));
        }
        LocalStoreFixture.execute(database, "DROP TRIGGER audit_log_no_delete");
        LocalStoreFixture.execute(database, "DELETE FROM audit_log WHERE sequence = 2");

        assertThat(new AuditTrail(store.auditLog()).verify())
                .isInstanceOfSatisfying(
                        ChainVerification.Broken.class,
                        broken -> assertThat(broken.atSequence()).isEqualTo(3));
    }

    @Test
    void anUnreadableRowNamesItsEntry() throws SQLException {
        log.append(record(1));
        LocalStoreFixture.execute(database, "DROP TRIGGER audit_log_no_update");
        LocalStoreFixture.execute(database, "UPDATE audit_log SET at = 'yesterday' WHERE sequence = 1");

        assertThatThrownBy(() -> store.auditLog().read(1, 10))
                .hasMessageContaining("audit_log entry 1: cannot be read");
    }
}
