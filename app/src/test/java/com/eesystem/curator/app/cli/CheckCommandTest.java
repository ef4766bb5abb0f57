package com.eesystem.curator.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = CuratorCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private List<JsonNode> outputObjects() {
        return out.toString().lines().map(JsonCodec.instance()::tree).toList();
    }

    @Test
    void jsonLinesAreCheckedInInputOrderAndAMalformedLineGetsAnErrorObject() throws IOException {
        Path file = dir.resolve("captions.jsonl");
        Files.writeString(file, """
                {"id": "calm", "platform": "instagram", "text": "Unwind and reset in our calm room."}
                {"id": "cure", "platform": "instagram", "text": "Our sessions reverse arthritis."}
                {"id": "broken", "text": "missing the closing brace"
                {"id": "endorsement", "platform": "tiktok", "text": "Thanks @calmcenter #collab"}
                {"id": "nowhere", "platform": "myspace", "text": "Rest."}
                {"id": "negated", "text": "Not intended to diagnose, treat, cure or prevent any disease."}
                """, StandardCharsets.UTF_8);

        int exit = run("check", "--json", file.toString());

        List<JsonNode> objects = outputObjects();
        assertThat(exit)
                .as("every input was checked; malformed lines are reported in place")
                .isEqualTo(0);
        assertThat(objects)
                .extracting(node -> node.get("id").asText())
                .containsExactly("calm", "cure", "line 3", "endorsement", "nowhere", "negated");

        JsonNode calm = objects.get(0);
        assertThat(names(calm)).containsExactly("id", "result", "critical", "checks", "issues");
        assertThat(names(calm.get("checks").get(0))).containsExactly("check_type", "check_result", "confidence_score");
        assertThat(calm.get("checks").get(0).get("confidence_score").isNumber()).isTrue();
        assertThat(names(objects.get(2))).containsExactly("id", "line", "error");
        assertThat(calm.get("result").asText()).isEqualTo("passed");
        assertThat(calm.get("critical").asBoolean()).isFalse();
        assertThat(calm.get("checks"))
                .extracting(check -> check.get("check_type").asText())
                .containsExactly("medical_claim", "brand_voice", "legal_review");

        JsonNode cure = objects.get(1);
        assertThat(cure.get("result").asText()).isEqualTo("failed");
        assertThat(cure.get("critical").asBoolean()).isTrue();
        JsonNode issue = java.util.stream.StreamSupport.stream(
                        cure.get("issues").spliterator(), false)
                .filter(node -> node.get("check_type").asText().equals("medical_claim"))
                .findFirst()
                .orElseThrow();
        assertThat(issue.get("rule").asText()).isEqualTo("medical.disease_claim");
        assertThat(issue.get("severity").asText()).isEqualTo("critical");
        assertThat("Our sessions reverse arthritis."
                        .substring(issue.get("start").asInt(), issue.get("end").asInt()))
                .isEqualTo("reverse arthritis");
        assertThat(issue.get("suggestion").asText()).isNotBlank();
        assertThat(names(issue))
                .containsExactly("check_type", "rule", "severity", "start", "end", "message", "suggestion");

        assertThat(objects.get(2).get("error").asText()).startsWith("line 3: not a JSON object");
        assertThat(objects.get(2).get("line").asInt()).isEqualTo(3);

        JsonNode endorsement = objects.get(3);
        assertThat(endorsement.get("issues"))
                .extracting(node -> node.get("rule").asText())
                .contains("legal.undisclosed_endorsement");

        assertThat(objects.get(4).get("error").asText()).contains("platform \"myspace\"");
        assertThat(objects.get(5).get("result").asText()).isEqualTo("passed");
    }

    @Test
    void aPlainTextCaptionIsOneInput() throws IOException {
        Path file = dir.resolve("caption.txt");
        Files.writeString(file, "Doctors recommend ten sessions a month.\nBook now.\n", StandardCharsets.UTF_8);

        int exit = run("check", "--json", file.toString());

        assertThat(exit).isEqualTo(CheckCommand.ALL_CHECKED);
        List<JsonNode> objects = outputObjects();
        assertThat(objects).hasSize(1);
        assertThat(objects.getFirst().get("result").asText()).isEqualTo("failed");
        assertThat(objects.getFirst().get("issues").get(0).get("rule").asText())
                .isEqualTo("medical.unsubstantiated_study");
    }

    @Test
    void withoutJsonTheResultIsReadableText() throws IOException {
        Path file = dir.resolve("caption.txt");
        Files.writeString(file, "FDA cleared for pain.", StandardCharsets.UTF_8);

        run("check", file.toString());

        assertThat(out.toString()).contains("failed (critical)").contains("medical.fda_status");
    }

    @Test
    void aMissingFileOrArgumentIsBadUsage() {
        assertThat(run("check", "--json", dir.resolve("nope.jsonl").toString())).isEqualTo(CheckCommand.BAD_USAGE);
        assertThat(err.toString()).contains("nope.jsonl: no such file");
        assertThat(run("check")).isEqualTo(CheckCommand.BAD_USAGE);
        assertThat(run("check", "--json", "--no-such-option", "-")).isEqualTo(CheckCommand.BAD_USAGE);
    }

    @Test
    void anEmptyInputIsBadUsage() throws IOException {
        Path file = dir.resolve("empty.txt");
        Files.writeString(file, "\n\n", StandardCharsets.UTF_8);

        assertThat(run("check", "--json", file.toString())).isEqualTo(CheckCommand.BAD_USAGE);
        assertThat(err.toString()).contains("empty.txt: empty input");
    }

    @Test
    void onlyMalformedLinesStillExitZeroWithOneErrorObjectEach() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, """
                {"id": "a"}
                {"id": "b", "text": 42}
                {not json
                """, StandardCharsets.UTF_8);

        int exit = run("check", "--json", file.toString());

        assertThat(exit).isEqualTo(CheckCommand.ALL_CHECKED);
        assertThat(outputObjects())
                .extracting(
                        node -> node.get("id").asText() + "@" + node.get("line").asInt())
                .containsExactly("a@1", "b@2", "line 3@3");
    }
}
