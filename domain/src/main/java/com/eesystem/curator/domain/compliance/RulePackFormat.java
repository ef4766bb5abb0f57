package com.eesystem.curator.domain.compliance;

import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.stored.UnknownStoredValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the rule pack line format: {@code [section]} headers, {@code key = value} lines in [pack] and
 * [rule ...] sections, "|"-separated lines elsewhere, {@code //} comments. Hand-written because domain
 * depends on the JDK only.
 */
final class RulePackFormat {
    private final String source;
    private String version;
    private final Map<String, RuleDefinition> rules = new LinkedHashMap<>();
    private final Map<String, List<List<String>>> terms = new LinkedHashMap<>();
    private final List<ApprovedClaim> claims = new ArrayList<>();
    private final Map<Platform, PlatformCaptionRules> platforms = new EnumMap<>(Platform.class);
    private final List<TermMapping> banned = new ArrayList<>();
    private final List<TermMapping> preferred = new ArrayList<>();

    private String section = "";
    private String sectionArgument = "";
    private int sectionLine;
    private Map<String, String> ruleFields = new LinkedHashMap<>();

    RulePackFormat(String source) {
        this.source = source;
    }

    RulePack parse(String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                finishSection();
                startSection(line.substring(1, line.length() - 1).strip(), lineNumber);
                continue;
            }
            readLine(line, lineNumber);
        }
        finishSection();
        if (version == null) {
            throw new RulePackSyntaxError(source, 1, "no [pack] version");
        }
        return new RulePack(version, rules, terms, claims, platforms, banned, preferred);
    }

    private void startSection(String header, int lineNumber) {
        int space = header.indexOf(' ');
        section = space < 0 ? header : header.substring(0, space);
        sectionArgument = space < 0 ? "" : header.substring(space + 1).strip();
        sectionLine = lineNumber;
        ruleFields = new LinkedHashMap<>();
        switch (section) {
            case "pack", "claims", "platforms" -> {}
            case "rule", "terms", "voice" -> {
                if (sectionArgument.isEmpty()) {
                    throw new RulePackSyntaxError(source, lineNumber, "[" + section + "] needs a name");
                }
                if (section.equals("terms")) {
                    terms.computeIfAbsent(sectionArgument, k -> new ArrayList<>());
                }
            }
            default -> throw new RulePackSyntaxError(source, lineNumber, "unknown section [" + header + "]");
        }
    }

    private void readLine(String line, int lineNumber) {
        switch (section) {
            case "pack", "rule" -> {
                int equals = line.indexOf('=');
                if (equals < 0) {
                    throw new RulePackSyntaxError(source, lineNumber, "expected key = value, got \"" + line + "\"");
                }
                ruleFields.put(
                        line.substring(0, equals).strip(),
                        line.substring(equals + 1).strip());
            }
            case "terms" -> terms.get(sectionArgument).add(forms(line, lineNumber));
            case "claims" -> claims.add(claim(line, lineNumber));
            case "platforms" -> platform(line, lineNumber);
            case "voice" -> voice(line, lineNumber);
            default -> throw new RulePackSyntaxError(source, lineNumber, "line outside any section: \"" + line + "\"");
        }
    }

    private void finishSection() {
        if (section.equals("pack")) {
            version = ruleFields.get("version");
            if (version == null || version.isBlank()) {
                throw new RulePackSyntaxError(source, sectionLine, "[pack] needs version = ...");
            }
        } else if (section.equals("rule")) {
            rules.put(sectionArgument, rule());
        }
        section = "";
    }

    private RuleDefinition rule() {
        try {
            return new RuleDefinition(
                    sectionArgument,
                    CheckType.fromStored(required("check")),
                    SeverityLevel.fromStored(required("severity")),
                    ruleFields.get("source"),
                    required("explanation"),
                    ruleFields.get("suggestion"));
        } catch (UnknownStoredValue e) {
            throw new RulePackSyntaxError(source, sectionLine, "[rule " + sectionArgument + "] " + e.getMessage());
        }
    }

    private String required(String key) {
        String value = ruleFields.get(key);
        if (value == null || value.isBlank()) {
            throw new RulePackSyntaxError(
                    source, sectionLine, "[rule " + sectionArgument + "] needs " + key + " = ...");
        }
        return value;
    }

    private List<String> forms(String line, int lineNumber) {
        List<String> forms = Arrays.stream(line.split("\\|"))
                .map(String::strip)
                .map(form -> form.toLowerCase(Locale.ROOT))
                .toList();
        if (forms.stream().anyMatch(String::isEmpty)) {
            throw new RulePackSyntaxError(source, lineNumber, "empty form in \"" + line + "\"");
        }
        return forms;
    }

    private ApprovedClaim claim(String line, int lineNumber) {
        String[] fields = fields(line, 4, lineNumber, "id | wording | substantiation | topics");
        List<String> topics = Arrays.stream(fields[3].split(","))
                .map(String::strip)
                .filter(topic -> !topic.isEmpty())
                .map(topic -> topic.toLowerCase(Locale.ROOT))
                .toList();
        return new ApprovedClaim(fields[0], fields[1], fields[2].equals("-") ? "" : fields[2], topics);
    }

    private void platform(String line, int lineNumber) {
        String[] fields = fields(line, 3, lineNumber, "platform | fold | disclaimer");
        try {
            Platform platform = Platform.fromStored(fields[0]);
            PlatformCaptionRules.DisclaimerPolicy policy =
                    PlatformCaptionRules.DisclaimerPolicy.valueOf(fields[2].toUpperCase(Locale.ROOT));
            platforms.put(platform, new PlatformCaptionRules(platform, Integer.parseInt(fields[1]), policy));
        } catch (IllegalArgumentException e) {
            throw new RulePackSyntaxError(source, lineNumber, "bad platform line \"" + line + "\": " + e.getMessage());
        }
    }

    private void voice(String line, int lineNumber) {
        int arrow = line.indexOf("=>");
        String formsText = arrow < 0 ? line : line.substring(0, arrow);
        String replacement = arrow < 0 ? "" : line.substring(arrow + 2).strip();
        TermMapping mapping = new TermMapping(forms(formsText, lineNumber), replacement);
        switch (sectionArgument) {
            case "banned" -> banned.add(mapping);
            case "preferred" -> preferred.add(mapping);
            default ->
                throw new RulePackSyntaxError(
                        source, lineNumber, "[voice " + sectionArgument + "] is not banned or preferred");
        }
    }

    private String[] fields(String line, int count, int lineNumber, String shape) {
        String[] fields = line.split("\\|", -1);
        if (fields.length != count) {
            throw new RulePackSyntaxError(
                    source, lineNumber, "expected " + count + " fields (" + shape + "), got " + fields.length);
        }
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].strip();
        }
        return fields;
    }
}
