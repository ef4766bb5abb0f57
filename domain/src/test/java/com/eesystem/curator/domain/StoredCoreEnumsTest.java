package com.eesystem.curator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.brand.KnowledgeCategory;
import com.eesystem.curator.domain.brand.KnowledgeStatus;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.review.Verdict;
import com.eesystem.curator.domain.schedule.ScheduleStatus;
import com.eesystem.curator.domain.stored.StoredEnum;
import com.eesystem.curator.domain.stored.UnknownStoredValue;
import com.eesystem.curator.domain.user.Role;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every enumerated value the data spec lists for the core tables parses to a constant, the constants are
 * exactly those values, and a bad value fails naming its column.
 */
class StoredCoreEnumsTest {

    record Column(String name, Function<String, StoredEnum> parse, Class<?> type, List<String> specValues) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Column> columns() {
        return Stream.of(
                new Column(
                        "content_type",
                        ContentType::fromStored,
                        ContentType.class,
                        List.of("reel", "story", "carousel", "quote", "thread")),
                new Column(
                        "platform",
                        Platform::fromStored,
                        Platform.class,
                        List.of("instagram", "tiktok", "youtube", "facebook", "twitter", "linkedin")),
                new Column(
                        "content_embeddings.compliance_status",
                        ComplianceStatus::fromStored,
                        ComplianceStatus.class,
                        List.of("approved", "pending", "rejected", "review")),
                // the spec's four plus the two lifecycle states between them
                new Column(
                        "content_library.status",
                        ContentStatus::fromStored,
                        ContentStatus.class,
                        List.of("draft", "in_review", "approved", "scheduled", "published", "archived")),
                new Column(
                        "publication_schedule.status",
                        ScheduleStatus::fromStored,
                        ScheduleStatus.class,
                        List.of("scheduled", "published", "failed", "cancelled")),
                new Column(
                        "brand_knowledge.knowledge_type",
                        KnowledgeType::fromStored,
                        KnowledgeType.class,
                        List.of("guideline", "voice", "visual", "claim", "compliance")),
                new Column(
                        "brand_knowledge.category",
                        KnowledgeCategory::fromStored,
                        KnowledgeCategory.class,
                        List.of("medical", "marketing", "legal", "brand")),
                new Column(
                        "brand_knowledge.status",
                        KnowledgeStatus::fromStored,
                        KnowledgeStatus.class,
                        List.of("active", "deprecated", "draft")),
                new Column(
                        "brand_guidelines.guideline_type",
                        GuidelineType::fromStored,
                        GuidelineType.class,
                        List.of("voice", "visual", "messaging", "claims")),
                new Column(
                        "brand_guidelines.category",
                        GuidelineCategory::fromStored,
                        GuidelineCategory.class,
                        List.of("medical", "wellness", "marketing", "legal")),
                new Column(
                        "severity_level",
                        SeverityLevel::fromStored,
                        SeverityLevel.class,
                        List.of("critical", "important", "preferred")),
                new Column(
                        "compliance_checks.check_type",
                        CheckType::fromStored,
                        CheckType.class,
                        List.of("medical_claim", "brand_voice", "legal_review")),
                new Column(
                        "compliance_checks.check_result",
                        CheckResult::fromStored,
                        CheckResult.class,
                        List.of("passed", "failed", "warning", "manual_review")),
                new Column("users.role", Role::fromStored, Role.class, List.of("editor", "reviewer", "admin")),
                new Column(
                        "review_decisions.verdict",
                        Verdict::fromStored,
                        Verdict.class,
                        List.of("approved", "rejected", "changes_requested")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void everySpecValueParsesAndRoundTrips(Column column) {
        for (String value : column.specValues()) {
            assertThat(column.parse().apply(value).storedValue()).isEqualTo(value);
        }
        List<String> constants = Arrays.stream(column.type().getEnumConstants())
                .map(constant -> ((StoredEnum) constant).storedValue())
                .toList();
        assertThat(constants).containsExactlyElementsOf(column.specValues());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void aBadValueNamesTheColumnAndTheValue(Column column) {
        assertThatThrownBy(() -> column.parse().apply("Bogus"))
                .isInstanceOf(UnknownStoredValue.class)
                .hasMessageStartingWith(
                        column.name() + ": \"Bogus\" is not one of " + String.join(", ", column.specValues()))
                .satisfies(thrown ->
                        assertThat(((UnknownStoredValue) thrown).column()).isEqualTo(column.name()));
        assertThatThrownBy(() -> column.parse().apply(null))
                .hasMessageStartingWith(column.name() + ": null is not one of");
        // stored text is exact: case and spaces matter
        assertThatThrownBy(() -> column.parse()
                        .apply(" " + column.specValues().getFirst().toUpperCase()))
                .isInstanceOf(UnknownStoredValue.class);
    }

    /** Any stored enum anyone adds to the domain keeps the contract, whoever owns it. */
    @Test
    void everyStoredEnumInTheDomainParsesItsOwnValuesAndNamesItsColumn() throws Exception {
        // the compiled domain classes: walk the directory StoredEnum itself was loaded from
        Path root = Path.of(StoredEnum.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> storedEnums;
        try (Stream<Path> files = Files.walk(root)) {
            storedEnums = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file)
                            .toString()
                            .replace(File.separatorChar, '.')
                            .replaceAll("\\.class$", ""))
                    .map(StoredCoreEnumsTest::load)
                    .filter(type -> type.isEnum() && StoredEnum.class.isAssignableFrom(type))
                    .toList();
        }
        assertThat(storedEnums).hasSizeGreaterThanOrEqualTo((int) columns().count());
        for (Class<?> type : storedEnums) {
            Field columnField = type.getField("COLUMN");
            String column = (String) columnField.get(null);
            var fromStored = type.getMethod("fromStored", String.class);
            for (Object constant : type.getEnumConstants()) {
                String value = ((StoredEnum) constant).storedValue();
                assertThat(fromStored.invoke(null, value))
                        .as(type.getSimpleName() + " " + value)
                        .isSameAs(constant);
            }
            assertThatThrownBy(() -> {
                        try {
                            fromStored.invoke(null, "no such value");
                        } catch (java.lang.reflect.InvocationTargetException wrapped) {
                            throw wrapped.getCause();
                        }
                    })
                    .as(type.getName())
                    .isInstanceOf(UnknownStoredValue.class)
                    .hasMessageStartingWith(column + ": \"no such value\" is not one of");
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, StoredCoreEnumsTest.class.getClassLoader());
        } catch (ClassNotFoundException missing) {
            throw new IllegalStateException(name, missing);
        }
    }
}
