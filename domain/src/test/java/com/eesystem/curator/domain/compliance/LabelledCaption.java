package com.eesystem.curator.domain.compliance;

import com.eesystem.curator.domain.platform.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** One line of the labelled corpus: a caption and the rule ids a reviewer expects to fire. */
record LabelledCaption(String id, DraftToCheck draft, Set<String> expectedRules) {

    static List<LabelledCaption> load(String resource) {
        try (InputStream in = LabelledCaption.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("corpus " + resource + " missing");
            }
            List<LabelledCaption> captions = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 5) {
                    throw new IllegalStateException(
                            resource + ":" + (i + 1) + ": expected 5 fields, got " + fields.length);
                }
                Set<Platform> platforms = fields[1].equals("-") ? Set.of() : Set.of(Platform.fromStored(fields[1]));
                Set<MaterialConnection> connections = EnumSet.noneOf(MaterialConnection.class);
                if (!fields[2].equals("-")) {
                    for (String connection : fields[2].split(",")) {
                        connections.add(
                                MaterialConnection.valueOf(connection.strip().toUpperCase(Locale.ROOT)));
                    }
                }
                Set<String> expected = fields[3].equals("-")
                        ? Set.of()
                        : Arrays.stream(fields[3].split(",")).map(String::strip).collect(Collectors.toSet());
                captions.add(new LabelledCaption(
                        fields[0], new DraftToCheck(fields[4], platforms, connections, Set.of()), expected));
            }
            return captions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CheckType checkTypeOf(String ruleId) {
        return switch (ruleId.substring(0, ruleId.indexOf('.'))) {
            case "medical" -> CheckType.MEDICAL_CLAIM;
            case "legal" -> CheckType.LEGAL_REVIEW;
            case "brand" -> CheckType.BRAND_VOICE;
            default -> throw new IllegalArgumentException("corpus rule id " + ruleId + " has no known check type");
        };
    }

    /** A rule id without its guideline suffix: brand.restriction:price -> brand.restriction. */
    static String family(String ruleId) {
        int colon = ruleId.indexOf(':');
        return colon < 0 ? ruleId : ruleId.substring(0, colon);
    }
}
