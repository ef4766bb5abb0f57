package com.eesystem.curator.storage.astra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One numbered CQL migration from the classpath ({@code migrations/V001__name.cql}) and its rollback
 * script ({@code V001__name.rollback.cql}). The only placeholder is {@code {{dimension}}}, the vector
 * dimension: CQL cannot bind a type parameter, and the value is one of two validated integers.
 */
record CqlMigration(int version, String description, String script, String rollbackScript, String checksum) {

    private static final Pattern NAME = Pattern.compile("V(\\d{3})__([a-z0-9_]+)");
    private static final String FOLDER = "migrations/";

    /** Every migration, in order. A new one is added here and as two resource files. */
    static final List<CqlMigration> ALL = List.of(
            load("V001__spec_tables"),
            load("V002__query_tables"),
            load("V003__changed_since_indexes"),
            load("V004__schedule_versions"),
            load("V005__content_body_columns"),
            load("V006__review_records"));

    static int latestVersion() {
        return ALL.getLast().version();
    }

    static CqlMigration load(String name) {
        var matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("migration name: \"" + name + "\" is not V###__lower_case");
        }
        String script = resource(name + ".cql");
        String rollback = resource(name + ".rollback.cql");
        return new CqlMigration(
                Integer.parseInt(matcher.group(1)),
                matcher.group(2).replace('_', ' '),
                script,
                rollback,
                sha256(script));
    }

    List<String> statements(int dimension) {
        return split(script, dimension);
    }

    List<String> rollbackStatements(int dimension) {
        return split(rollbackScript, dimension);
    }

    /** Statements end with ';'; lines starting with '--' are comments. */
    static List<String> split(String text, int dimension) {
        var withoutComments = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : withoutComments.toString().split(";")) {
            String trimmed = statement.strip();
            if (!trimmed.isEmpty()) {
                statements.add(trimmed.replace("{{dimension}}", Integer.toString(dimension)));
            }
        }
        return statements;
    }

    private static String resource(String file) {
        try (InputStream in = CqlMigration.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("migration resource missing: " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + file, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
