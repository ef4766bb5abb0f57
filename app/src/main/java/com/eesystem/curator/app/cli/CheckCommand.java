package com.eesystem.curator.app.cli;

import com.eesystem.curator.domain.compliance.CheckOutcome;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.ComplianceReport;
import com.eesystem.curator.domain.compliance.DraftToCheck;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.stored.UnknownStoredValue;
import com.eesystem.curator.storage.codec.CheckResultJson;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code curator check [--json] FILE|-}: runs the compliance checks over a plain-text caption or over
 * JSON Lines ({@code {"id", "platform", "text"}} per line) and prints one result per input, in input order.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check captions for medical claims, brand voice and legal issues.",
            "Input is a plain-text caption, or JSON Lines with one {\"id\", \"platform\", \"text\"} object per line.",
            "A malformed line gets an error object ({\"id\", \"line\", \"error\"}) and the rest are checked.",
            "Exit codes: 0 every input was checked (malformed lines included, each reported), 2 bad usage."
        })
final class CheckCommand implements Callable<Integer> {
    static final int ALL_CHECKED = 0;
    static final int BAD_USAGE = 2;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print JSON Lines: one object per input, in input order.")
    boolean json;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The captions to check; - reads standard input.")
    String input;

    private final ObjectMapper mapper = JsonCodec.instance().mapper();

    /** One input: its id and either a draft to check or the reason it could not be read. */
    private record Input(String id, int line, DraftToCheck draft, String error) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = read();
        } catch (NoSuchFileException e) {
            err.println("check: " + input + ": no such file");
            return BAD_USAGE;
        } catch (IOException e) {
            err.println("check: " + input + ": cannot be read (" + e.getMessage() + ")");
            return BAD_USAGE;
        }
        if (text.isBlank()) {
            err.println("check: " + input + ": empty input, nothing to check");
            return BAD_USAGE;
        }
        List<Input> inputs = parse(text);
        ComplianceEngine engine = ComplianceEngine.bundled();
        for (Input in : inputs) {
            if (in.error() != null) {
                printError(in, out, err);
                continue;
            }
            ComplianceReport report;
            try {
                report = engine.check(in.draft());
            } catch (IllegalArgumentException e) {
                printError(new Input(in.id(), in.line(), null, "line " + in.line() + ": " + e.getMessage()), out, err);
                continue;
            }
            if (json) {
                out.println(CheckResultJson.line(in.id(), report));
            } else {
                printText(in.id(), report, out);
            }
        }
        out.flush();
        // a malformed line is reported in place and is not a failure of the run (issue 9)
        return ALL_CHECKED;
    }

    private String read() throws IOException {
        if (input.equals("-")) {
            try (Reader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                return reader.readAllAsString();
            }
        }
        return Files.readString(Path.of(input), StandardCharsets.UTF_8);
    }

    /** JSON Lines when the first non-blank line opens an object; otherwise the whole input is one caption. */
    private List<Input> parse(String text) {
        String[] lines = text.split("\\R", -1);
        String first = "";
        for (String line : lines) {
            if (!line.isBlank()) {
                first = line.strip();
                break;
            }
        }
        List<Input> inputs = new ArrayList<>();
        if (!first.startsWith("{")) {
            inputs.add(new Input(input.equals("-") ? "stdin" : input, 1, DraftToCheck.caption(text), null));
            return inputs;
        }
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                inputs.add(jsonLine(lines[i], i + 1));
            }
        }
        return inputs;
    }

    private Input jsonLine(String line, int number) {
        String fallbackId = "line " + number;
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (IOException e) {
            return new Input(fallbackId, number, null, "line " + number + ": not a JSON object (" + firstLine(e) + ")");
        }
        if (node == null || !node.isObject()) {
            return new Input(fallbackId, number, null, "line " + number + ": not a JSON object");
        }
        JsonNode idNode = node.get("id");
        String id = idNode == null || idNode.isNull() ? fallbackId : idNode.asText();
        JsonNode textNode = node.get("text");
        if (textNode == null || !textNode.isTextual()) {
            return new Input(id, number, null, "line " + number + ": \"text\" is missing or not a string");
        }
        JsonNode platformNode = node.get("platform");
        if (platformNode == null
                || platformNode.isNull()
                || platformNode.asText().isBlank()) {
            return new Input(id, number, DraftToCheck.caption(textNode.asText()), null);
        }
        try {
            Platform platform =
                    Platform.fromStored(platformNode.asText().strip().toLowerCase(Locale.ROOT));
            return new Input(id, number, DraftToCheck.caption(textNode.asText(), platform), null);
        } catch (UnknownStoredValue e) {
            return new Input(
                    id,
                    number,
                    null,
                    "line " + number + ": platform \"" + platformNode.asText()
                            + "\" is not one of instagram, tiktok, youtube, facebook, twitter, linkedin");
        }
    }

    private static String firstLine(IOException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private void printError(Input in, PrintWriter out, PrintWriter err) throws IOException {
        if (json) {
            ObjectNode node = mapper.createObjectNode();
            node.put("id", in.id());
            node.put("line", in.line());
            node.put("error", in.error());
            out.println(mapper.writeValueAsString(node));
        } else {
            err.println("check: " + in.error());
        }
    }

    private static void printText(String id, ComplianceReport report, PrintWriter out) {
        out.println(id + ": " + report.overallResult().storedValue() + (report.hasCritical() ? " (critical)" : ""));
        for (CheckOutcome outcome : report.outcomes()) {
            out.printf(
                    Locale.ROOT,
                    "  %-13s %-13s %.2f%n",
                    outcome.checkType().storedValue(),
                    outcome.result().storedValue(),
                    outcome.confidence());
        }
        for (ComplianceIssue issue : report.issues()) {
            out.printf(
                    Locale.ROOT,
                    "  [%s] %s at %d-%d: %s%n",
                    issue.severity().storedValue(),
                    issue.ruleId(),
                    issue.start(),
                    issue.end(),
                    issue.explanation());
            if (issue.hasSuggestion()) {
                out.println("      suggestion: " + issue.suggestion());
            }
        }
    }
}
