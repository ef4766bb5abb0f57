package com.eesystem.curator.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.audit.AuditEntry;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.audit.AuditTrail;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code curator audit export|verify} on a real local store in a temp data dir. */
class AuditCommandTest {

    static final UserId RITA = UserId.parse("00000000-0000-0000-0000-00000000b001");

    @TempDir
    Path dataDir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final List<AuditEntry> entries = new ArrayList<>();

    int run(String... args) {
        CommandLine commandLine = CuratorCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = Stream.concat(Stream.of("--data-dir", dataDir.toString()), Stream.of(args))
                .toArray(String[]::new);
        return commandLine.execute(all);
    }

    LocalStoreSettings settings() {
        return LocalStoreSettings.defaults(dataDir.resolve("curator.db"), dataDir.resolve("backups"));
    }

    @BeforeEach
    void threeEntries() {
        try (LocalStore store = LocalStore.open(settings(), Clock.systemUTC())) {
            for (int n = 1; n <= 3; n++) {
                entries.add(store.auditLog()
                        .append(new AuditRecord(
                                Instant.parse("2026-11-25T10:00:00Z").plusSeconds(n),
                                RITA,
                                "review.approved",
                                "content:c" + n,
                                Map.of("comment", "Fine, thanks \"Eve\", go ahead\nnext line", "revision", "" + n))));
            }
        }
    }

    @Test
    void verifyReportsAnIntactChainWithItsHead() {
        int exit = run("audit", "verify");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().strip())
                .isEqualTo(
                        "audit log intact: 3 entries, head " + entries.getLast().hash());
    }

    @Test
    void verifyNamesTheFirstBrokenEntryOfATamperedLog() throws Exception {
        tamper(
                "DROP TRIGGER audit_log_no_update",
                "UPDATE audit_log SET actor_id = '" + UserId.random() + "' WHERE sequence = 2");

        int exit = run("audit", "verify");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("audit log broken at entry 2: hash ")
                .contains("does not match its content");
    }

    @Test
    void verifyReportsAnUnreadableEntryAsBroken() throws Exception {
        tamper("DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET details = 'not json' WHERE sequence = 3");

        assertThat(run("audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).startsWith("audit log broken: audit_log entry 3: cannot be read");
    }

    @Test
    void exportWritesCsvByDefaultToTheOutFile() throws Exception {
        Path file = dataDir.resolve("exports/audit.csv");

        int exit = run("audit", "export", "--out", file.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("exported 3 audit entries to " + file.toAbsolutePath());
        String csv = Files.readString(file);
        assertThat(csv).startsWith(AuditTrail.CSV_HEADER + "\r\n");
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv)
                .contains("1,2026-11-25T10:00:01Z," + RITA + ",review.approved,content:c1,"
                        + "\"{\"\"comment\"\":\"\"Fine, thanks \\\"\"Eve\\\"\", go ahead\\nnext line\"\",\"\"revision\"\":\"\"1\"\"}\","
                        + entries.getFirst().previousHash() + ","
                        + entries.getFirst().hash());
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void exportWritesJsonLinesToStandardOutputThatParse() {
        int exit = run("audit", "export", "--jsonl");

        assertThat(exit).as(err.toString()).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(3);
        var last = JsonCodec.instance().tree(lines[2]);
        assertThat(last.path("sequence").asLong()).isEqualTo(3);
        assertThat(last.path("details").path("comment").asText())
                .isEqualTo("Fine, thanks \"Eve\", go ahead\nnext line");
        assertThat(last.path("hash").asText()).isEqualTo(entries.getLast().hash());
    }

    @Test
    void csvAndJsonlTogetherAreBadUsage() {
        assertThat(run("audit", "export", "--csv", "--jsonl")).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
    }

    private void tamper(String... statements) throws Exception {
        try (Connection connection =
                        DriverManager.getConnection("jdbc:sqlite:" + settings().database());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }
}
