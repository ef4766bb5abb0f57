package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logical export and import of every team-store table on the real Cassandra. */
@ExtendWith({CassandraServerExtension.class, TeamKeyspace.class})
class AstraTransferIT {

    private static CqlSession session;
    private static AstraSettings settings;

    @BeforeAll
    static void emptyTables(TeamKeyspace.Shared shared) {
        shared.truncate(
                "content_embeddings",
                "brand_knowledge",
                "content_library",
                "publication_schedule",
                "publication_calendar",
                "content_templates",
                "brand_guidelines",
                "compliance_checks",
                "agent_memory",
                "agent_coordination");
        settings = shared.settings().withPageSize(100);
        session = shared.session();
    }

    @Test
    void everyTableRoundTripsThroughJsonlAndCsvWithEveryColumn() {
        Map<String, List<String>> samples = samples();
        assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(TeamStoreTables.names());
        var export = new AstraExport(session, settings);
        var importer = new AstraImport(session, settings);
        for (var table : samples.entrySet()) {
            String name = table.getKey();
            var insert = session.prepare("INSERT INTO " + name + " JSON ?");
            table.getValue().forEach(json -> session.execute(insert.bind(json)));
            Set<JsonNode> stored = rows(name);
            assertThat(stored).as(name).hasSize(table.getValue().size());
            // every column of the table is filled in the samples, so the round trip covers each type
            assertThat(stored.iterator().next().properties())
                    .allSatisfy(field -> assertThat(field.getValue().isNull())
                            .as("%s.%s filled", name, field.getKey())
                            .isFalse());

            for (TransferFormat format : TransferFormat.values()) {
                var out = new StringWriter();
                var result =
                        export.export(AstraExport.Request.all(name, format), out, (rows, token) -> {}, () -> false);
                assertThat(result)
                        .isEqualTo(new AstraExport.Result.Completed(
                                table.getValue().size()));

                deleteAll(name);
                assertThat(rows(name)).isEmpty();
                // a restore after the rows were deleted: the file's rows must win over the deletions
                var report = importer.importRows(
                        name, format, AstraImport.Precedence.FILE_WINS, new StringReader(out.toString()), loaded -> {});
                assertThat(report.rejected()).as("%s %s rejected", name, format).isEmpty();
                assertThat(report.loaded()).isEqualTo(table.getValue().size());
                assertThat(report.reconciled()).isTrue();
                assertThat(rows(name))
                        .as("%s after %s round trip", name, format)
                        .isEqualTo(stored);
            }
            deleteAll(name);
        }
    }

    @Test
    void aPagedExportCanBeCancelledAndResumedWithoutLosingOrRepeatingRows() {
        var insert = session.prepare(
                "INSERT INTO content_templates (id, template_name, usage_count, updated_at) VALUES (?, ?, ?, ?)");
        Set<String> ids = new HashSet<>();
        IntStream.range(0, 950).forEach(i -> {
            UUID id = UUID.randomUUID();
            ids.add(id.toString());
            session.execute(insert.bind(id, "template " + i, i, Instant.parse("2026-11-01T00:00:00Z")));
        });
        var export = new AstraExport(session, settings);
        var out = new StringWriter();
        List<Long> progress = new ArrayList<>();
        int[] pages = {0};
        var first = export.export(
                AstraExport.Request.all("content_templates", TransferFormat.CSV),
                out,
                (rows, token) -> progress.add(rows),
                () -> ++pages[0] >= 3);
        assertThat(first).isInstanceOf(AstraExport.Result.Cancelled.class);
        assertThat(first.rows()).isEqualTo(300);
        assertThat(progress).containsExactly(100L, 200L, 300L);

        String token = ((AstraExport.Result.Cancelled) first).resumeToken();
        var rest = export.export(
                AstraExport.Request.all("content_templates", TransferFormat.CSV).resumeFrom(token),
                out,
                (rows, next) -> progress.add(rows),
                () -> false);
        assertThat(rest).isEqualTo(new AstraExport.Result.Completed(650));
        assertThat(progress).hasSizeGreaterThanOrEqualTo(10);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).startsWith("id,");
        Set<String> exported =
                lines.stream().skip(1).map(line -> line.substring(0, 36)).collect(Collectors.toSet());
        assertThat(lines).hasSize(951);
        assertThat(exported).isEqualTo(ids);
        deleteAll("content_templates");
    }

    @Test
    void changedSinceExportsOnlyRowsUpdatedAfterTheTimestamp() {
        var insert = session.prepare("INSERT INTO brand_guidelines (id, title, updated_at) VALUES (?, ?, ?)");
        Instant cut = Instant.parse("2026-11-20T00:00:00Z");
        List<UUID> recent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID id = UUID.randomUUID();
            Instant when = i % 4 == 0 ? cut.plusSeconds(3600L * i + 1) : cut.minusSeconds(3600L * i + 1);
            if (when.isAfter(cut)) {
                recent.add(id);
            }
            session.execute(insert.bind(id, "guideline " + i, when));
        }
        var out = new StringWriter();
        var result = new AstraExport(session, settings)
                .export(
                        AstraExport.Request.all("brand_guidelines", TransferFormat.JSONL)
                                .changedSince(cut),
                        out,
                        (rows, token) -> {},
                        () -> false);
        assertThat(result.rows()).isEqualTo(recent.size());
        assertThat(out.toString()
                        .lines()
                        .map(line -> JsonCodec.instance().tree(line).get("id").asText()))
                .containsExactlyInAnyOrderElementsOf(
                        recent.stream().map(UUID::toString).toList());
        deleteAll("brand_guidelines");
    }

    @Test
    void badRowsAreReportedWithLineAndReasonWhileGoodRowsLoad() {
        String id1 = UUID.randomUUID().toString();
        String id2 = UUID.randomUUID().toString();
        String jsonl = String.join(
                "\n",
                wholeItem(id1, "Good one", "\"status\": \"draft\""),
                "{\"id\": \"" + UUID.randomUUID() + "\", \"title\": \"broken",
                "{\"id\": \"" + UUID.randomUUID() + "\", \"headline\": \"no such column\"}",
                "{\"title\": \"no id\"}",
                "{\"id\": \"not-a-uuid\", \"title\": \"x\"}",
                "{\"id\": \"" + UUID.randomUUID() + "\", \"status\": \"live\"}",
                "{\"id\": \"" + UUID.randomUUID() + "\", \"version\": \"seven\"}",
                "",
                "{\"id\": \"" + UUID.randomUUID() + "\", \"performance_metrics\": {\"likes\": \"many\"}}",
                wholeItem(id2, "Good two", "\"status\": \"draft\", \"platform_specs\": {\"instagram\": \"4:5\"}"),
                "[1, 2]",
                "{\"id\": \"" + UUID.randomUUID() + "\", \"title\": \"cell by cell\", \"status\": \"draft\"}",
                wholeItem(UUID.randomUUID().toString(), "Published without a date", "\"status\": \"published\""),
                wholeItem(
                        UUID.randomUUID().toString(),
                        "Bad prompts",
                        "\"status\": \"draft\", \"media_prompts\": \"M\""));
        var report = new AstraImport(session, settings)
                .importRows("content_library", TransferFormat.JSONL, new StringReader(jsonl), loaded -> {});

        assertThat(report.loaded()).isEqualTo(2);
        assertThat(report.read()).isEqualTo(13);
        assertThat(report.reconciled()).isTrue();
        assertThat(report.rejected())
                .extracting(AstraImport.Rejected::line)
                .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 9L, 11L, 12L, 13L, 14L);
        Map<Long, String> reasons = report.rejected().stream()
                .collect(Collectors.toMap(AstraImport.Rejected::line, AstraImport.Rejected::reason));
        assertThat(reasons.get(2L)).startsWith("not valid JSON");
        assertThat(reasons.get(3L)).isEqualTo("column \"headline\" is not in table content_library");
        assertThat(reasons.get(4L)).isEqualTo("id: is missing (primary key of content_library)");
        assertThat(reasons.get(5L)).isEqualTo("id: \"not-a-uuid\" is not a uuid");
        assertThat(reasons.get(6L)).startsWith("content_library.status: \"live\" is not one of draft");
        assertThat(reasons.get(7L)).isEqualTo("version: \"seven\" is not a bigint");
        assertThat(reasons.get(9L)).isEqualTo("performance_metrics[likes]: \"many\" is not a float");
        assertThat(reasons.get(11L)).isEqualTo("not a JSON object");
        // content_library rows are whole items: listings would never show a partial one
        assertThat(reasons.get(12L))
                .startsWith("version: is missing; content_library rows must be whole Curator items");
        assertThat(reasons.get(13L)).startsWith("published_at: required when status is published");
        assertThat(reasons.get(14L)).isEqualTo("media_prompts: \"M\" is not a JSON list of prompts");
        assertThat(rows("content_library"))
                .extracting(row -> row.get("id").asText())
                .containsExactlyInAnyOrder(id1, id2);

        String csv = "id,content_text,embedding\n"
                + UUID.randomUUID() + ",short vector,\"[0.5, 0.25]\"\n"
                + UUID.randomUUID() + ",\"quoted, with comma\"\n"
                + UUID.randomUUID() + ",\"multi\nline title\",\n";
        var csvReport = new AstraImport(session, settings)
                .importRows("content_embeddings", TransferFormat.CSV, new StringReader(csv), loaded -> {});
        assertThat(csvReport.rejected())
                .containsExactly(
                        new AstraImport.Rejected(
                                2, "embedding: expected 384 numbers (vector<float, 384>), got 2 values"),
                        new AstraImport.Rejected(3, "2 cells, the header has 3"));
        assertThat(csvReport.loaded()).isEqualTo(1);
        Row multiLine =
                session.execute("SELECT content_text FROM content_embeddings").one();
        assertThat(multiLine).isNotNull();
        assertThat(multiLine.getString(0)).isEqualTo("multi\nline title");
        deleteAll("content_library");
        deleteAll("content_embeddings");
    }

    /** A content_library line with every column an item needs, plus {@code extra} fields. */
    private static String wholeItem(String id, String title, String extra) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"version\": 1, \"revision\": 1,"
                + " \"author_id\": \"00000000-0000-0000-0000-00000000a11c\", \"content_type\": \"reel\","
                + " \"platforms\": [\"instagram\"], \"created_at\": \"2026-11-25 10:00:00.000Z\","
                + " \"updated_at\": \"2026-11-25T10:00:00Z\", " + extra + "}";
    }

    private static Set<JsonNode> rows(String table) {
        Set<JsonNode> rows = new HashSet<>();
        for (Row row : session.execute("SELECT JSON * FROM " + table)) {
            rows.add(JsonCodec.instance().tree(row.getString(0)));
        }
        return rows;
    }

    private static void deleteAll(String table) {
        var delete = session.prepare("DELETE FROM " + table + " WHERE id = ?");
        for (Row row : session.execute("SELECT id FROM " + table)) {
            session.execute(delete.bind(row.getUuid(0)));
        }
    }

    /** Three rows per table with every column filled, in CQL's JSON form. */
    private static Map<String, List<String>> samples() {
        String vector = IntStream.range(0, 384)
                .mapToObj(i -> Float.toString((i % 7) / 7.0f - 0.4f))
                .collect(Collectors.joining(", ", "[", "]"));
        String time = "\"2026-11-25 10:00:00.000Z\"";
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put(
                "content_embeddings",
                "{\"id\": \"%s\", \"content_type\": \"reel\", \"platform\": \"instagram\","
                        + " \"content_text\": \"Calm, \\\"grounded\\\" mornings\\nline two\", \"embedding\": " + vector
                        + ", \"embedding_model\": \"curator/hashing-v1\", \"metadata\": {\"source\": \"it\"},"
                        + " \"brand_alignment_score\": 0.75, \"compliance_status\": \"approved\", \"created_at\": "
                        + time
                        + ", \"updated_at\": " + time + "}");
        templates.put(
                "brand_knowledge",
                "{\"id\": \"%s\", \"knowledge_type\": \"voice\", \"title\": \"Voice\","
                        + " \"content\": \"Warm, plain words\", \"embedding\": " + vector
                        + ", \"embedding_model\": \"m\","
                        + " \"relevance_score\": 0.5, \"category\": \"brand\", \"status\": \"active\", \"version\": 3,"
                        + " \"created_at\": " + time + ", \"updated_at\": " + time + "}");
        templates.put(
                "content_library",
                "{\"id\": \"%s\", \"title\": \"T\", \"description\": \"D, with comma\","
                        + " \"content_type\": \"carousel\", \"platform_specs\": {\"instagram\": \"4:5\"},"
                        + " \"script_content\": \"S\", \"media_prompts\": \"[\\\"M\\\"]\", \"compliance_notes\": \"\","
                        + " \"performance_metrics\": {\"likes\": 12.5}, \"status\": \"published\", \"version\": 4,"
                        + " \"revision\": 2, \"author_id\": \"" + UUID.randomUUID()
                        + "\", \"caption\": \"C, \\\"quoted\\\"\","
                        + " \"hashtags\": [\"calm\", \"sleep\"], \"platforms\": [\"instagram\", \"tiktok\"],"
                        + " \"hashtag_list\": [\"calm\", \"sleep\"], \"platform_list\": [\"instagram\", \"tiktok\"],"
                        + " \"created_at\": " + time + ", \"updated_at\": " + time + ", \"published_at\": " + time
                        + "}");
        templates.put(
                "publication_schedule",
                "{\"id\": \"%s\", \"content_id\": \"" + UUID.randomUUID()
                        + "\", \"platform\": \"tiktok\", \"scheduled_at\": " + time
                        + ", \"cycle_week\": 2, \"cycle_day\": 5,"
                        + " \"theme\": \"Sleep\", \"priority\": 7, \"version\": 2, \"status\": \"scheduled\", \"result_data\": {\"post\": \"1\"},"
                        + " \"created_at\": " + time + ", \"updated_at\": " + time + "}");
        templates.put(
                "content_templates",
                "{\"id\": \"%s\", \"template_name\": \"N\", \"content_type\": \"quote\","
                        + " \"platform\": \"twitter\", \"template_structure\": \"{\\\"a\\\": 1}\", \"script_template\": \"S\","
                        + " \"media_template\": \"M\", \"compliance_requirements\": [\"medical_claim\", \"legal_review\"],"
                        + " \"usage_count\": 9, \"performance_score\": 0.25, \"created_at\": " + time
                        + ", \"updated_at\": "
                        + time + "}");
        templates.put(
                "brand_guidelines",
                "{\"id\": \"%s\", \"guideline_type\": \"claims\", \"category\": \"medical\","
                        + " \"title\": \"No cures\", \"description\": \"D\", \"requirements\": [\"r1\"], \"restrictions\":"
                        + " [\"cure\", \"treat\"], \"examples\": \"E\", \"severity_level\": \"critical\", \"platforms\":"
                        + " [\"instagram\"], \"created_at\": " + time + ", \"updated_at\": " + time + "}");
        templates.put(
                "compliance_checks",
                "{\"id\": \"%s\", \"content_id\": \"" + UUID.randomUUID()
                        + "\", \"check_type\": \"medical_claim\", \"check_result\": \"failed\", \"confidence_score\": 0.5,"
                        + " \"issues_found\": [\"cure at 10-14\"], \"recommendations\": \"R\", \"reviewer_id\": \""
                        + UUID.randomUUID() + "\", \"reviewed_at\": " + time + ", \"created_at\": " + time
                        + ", \"content_version\": 3, \"rule_pack_version\": \"2026.11.1\"}");
        templates.put(
                "agent_memory",
                "{\"id\": \"%s\", \"agent_type\": \"research\", \"memory_type\": \"episodic\","
                        + " \"memory_key\": \"k\", \"memory_content\": \"c\", \"embedding\": " + vector
                        + ", \"embedding_model\": \"m\", \"relevance_score\": 1.0, \"context_data\": {\"a\": \"b\"},"
                        + " \"expires_at\": " + time + ", \"created_at\": " + time + ", \"updated_at\": " + time + "}");
        templates.put(
                "agent_coordination",
                "{\"id\": \"%s\", \"session_id\": \"" + UUID.randomUUID()
                        + "\", \"agent_type\": \"creation\", \"task_description\": \"t\", \"status\": \"completed\","
                        + " \"dependencies\": [\"" + UUID.randomUUID()
                        + "\"], \"results\": \"r\", \"coordination_data\":"
                        + " {\"x\": \"y\"}, \"started_at\": " + time + ", \"completed_at\": " + time
                        + ", \"created_at\": "
                        + time + "}");
        Map<String, List<String>> samples = new LinkedHashMap<>();
        templates.forEach((table, template) -> samples.put(
                table,
                IntStream.range(0, 3)
                        .mapToObj(i -> template.formatted(UUID.randomUUID()))
                        .toList()));
        return samples;
    }
}
