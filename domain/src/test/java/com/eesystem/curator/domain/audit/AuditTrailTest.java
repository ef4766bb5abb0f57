package com.eesystem.curator.domain.audit;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.memory.InMemoryAuditLog;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    final InMemoryAuditLog log = new InMemoryAuditLog();
    final AuditTrail trail = new AuditTrail(log);

    @BeforeEach
    void append1200Entries() {
        // more than two batches, so verification and export page through the log
        for (int i = 0; i < 1200; i++) {
            log.append(new AuditRecord(
                    T0.plusSeconds(i), EDITOR.id(), "content.edited", "content:" + i, Map.of("n", "" + i)));
        }
    }

    @Test
    void entriesChainFromGenesis() {
        assertThat(log.all().getFirst().previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(log.all().get(1).previousHash())
                .isEqualTo(log.all().getFirst().hash());
        assertThat(log.all().getLast().sequence()).isEqualTo(1200);
    }

    @Test
    void anUntouchedLogVerifies() {
        assertThat(trail.verify())
                .isEqualTo(new AuditTrail.ChainVerification.Intact(
                        1200, log.head().orElseThrow().hash()));
    }

    @Test
    void alteringARecordBreaksTheChainAtThatEntry() {
        AuditEntry original = log.all().get(700);
        AuditRecord forged = new AuditRecord(
                original.record().at(),
                REVIEWER.id(),
                original.record().action(),
                original.record().subject(),
                original.record().details());
        log.replace(700, new AuditEntry(original.sequence(), forged, original.previousHash(), original.hash()));
        assertThat(trail.verify()).isInstanceOfSatisfying(AuditTrail.ChainVerification.Broken.class, broken -> {
            assertThat(broken.atSequence()).isEqualTo(701);
            assertThat(broken.reason()).contains("does not match its content");
        });
    }

    @Test
    void rehashingAForgedEntryBreaksTheNextLink() {
        AuditEntry original = log.all().get(10);
        AuditRecord forged =
                new AuditRecord(original.record().at(), REVIEWER.id(), "content.deleted", "content:x", Map.of());
        String hash = AuditChain.hashOf(original.sequence(), original.previousHash(), forged);
        log.replace(10, new AuditEntry(original.sequence(), forged, original.previousHash(), hash));
        assertThat(trail.verify()).isInstanceOfSatisfying(AuditTrail.ChainVerification.Broken.class, broken -> {
            assertThat(broken.atSequence()).isEqualTo(12);
            assertThat(broken.reason()).startsWith("previous_hash");
        });
    }

    @Test
    void removingAnEntryIsNoticed() {
        log.remove(500);
        assertThat(trail.verify()).isEqualTo(new AuditTrail.ChainVerification.Broken(502, "sequence 502 follows 500"));
    }

    @Test
    void exportWritesOneJsonObjectPerEntry() {
        StringBuilder out = new StringBuilder();
        assertThat(trail.exportJsonLines(out)).isEqualTo(1200);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(1200);
        AuditEntry first = log.all().getFirst();
        assertThat(lines[0])
                .isEqualTo("{\"sequence\":1,\"at\":\"" + T0 + "\",\"actor\":\"" + EDITOR.id()
                        + "\",\"action\":\"content.edited\",\"subject\":\"content:0\",\"details\":{\"n\":\"0\"},"
                        + "\"previous_hash\":\"" + AuditChain.GENESIS + "\",\"hash\":\"" + first.hash() + "\"}");
    }

    @Test
    void exportEscapesText() {
        assertThat(AuditTrail.quote("say \"hi\"\n\\ \u0001")).isEqualTo("\"say \\\"hi\\\"\\n\\\\ \\u0001\"");
    }

    @Test
    void csvExportWritesAHeaderAndOneRowPerEntry() {
        StringBuilder out = new StringBuilder();
        assertThat(trail.exportCsv(out)).isEqualTo(1200);
        String[] rows = out.toString().split("\r\n");
        assertThat(rows).hasSize(1201);
        assertThat(rows[0]).isEqualTo(AuditTrail.CSV_HEADER);
        AuditEntry first = log.all().getFirst();
        assertThat(rows[1])
                .isEqualTo("1," + T0 + "," + EDITOR.id() + ",content.edited,content:0,\"{\"\"n\"\":\"\"0\"\"}\","
                        + AuditChain.GENESIS + "," + first.hash());
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAndLeavesPlainTextAlone() {
        assertThat(AuditTrail.csvField("review.approved")).isEqualTo("review.approved");
        assertThat(AuditTrail.csvField("a, b")).isEqualTo("\"a, b\"");
        assertThat(AuditTrail.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditTrail.csvField("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }
}
