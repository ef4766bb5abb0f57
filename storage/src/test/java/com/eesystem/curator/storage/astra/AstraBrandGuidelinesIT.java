package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** brand_guidelines on the real Cassandra: every column, per-platform and per-severity reads, critical first. */
@ExtendWith({CassandraServerExtension.class, TeamKeyspace.class})
class AstraBrandGuidelinesIT {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private AstraBrandGuidelines guidelines;

    @BeforeEach
    void emptyTable(TeamKeyspace.Shared shared) {
        shared.truncate("brand_guidelines");
        // pages of 3 rows, so every read below crosses page boundaries
        guidelines =
                new AstraBrandGuidelines(shared.session(), shared.settings().withPageSize(3));
    }

    @Test
    void everyColumnRoundTripsAndASaveReplaces() {
        var guideline = new BrandGuideline(
                GuidelineId.random(),
                GuidelineType.CLAIMS,
                GuidelineCategory.MEDICAL,
                "No cure claims",
                "Never say the device cures a disease",
                List.of("cite the study", "say 'may support'"),
                List.of("cures", "heals"),
                "OK: may support relaxation. Not OK: cures insomnia.",
                SeverityLevel.CRITICAL,
                List.of(Platform.INSTAGRAM, Platform.TIKTOK),
                T0,
                T0.plusSeconds(5));
        guidelines.save(guideline);
        guidelines.save(guideline);
        assertThat(guidelines.find(guideline.id())).contains(guideline);
        assertThat(guidelines.all()).containsExactly(guideline);
        var everywhere = new BrandGuideline(
                guideline.id(),
                GuidelineType.VOICE,
                GuidelineCategory.WELLNESS,
                "Warm voice",
                "",
                List.of(),
                List.of(),
                "",
                SeverityLevel.PREFERRED,
                List.of(),
                T0,
                T0.plusSeconds(9));
        guidelines.save(everywhere);
        assertThat(guidelines.find(guideline.id())).contains(everywhere);
    }

    @Test
    void platformAndSeverityReadsKeepTheRuleBookOrder() {
        List<BrandGuideline> saved = new ArrayList<>();
        Platform[] platforms = Platform.values();
        SeverityLevel[] severities = SeverityLevel.values();
        for (int i = 0; i < 17; i++) {
            List<Platform> targets = i % 4 == 0 ? List.of() : List.of(platforms[i % platforms.length]);
            var guideline = new BrandGuideline(
                    GuidelineId.random(),
                    GuidelineType.values()[i % 4],
                    GuidelineCategory.values()[i % 4],
                    "rule " + (char) ('a' + i % 7),
                    "",
                    List.of(),
                    List.of(),
                    "",
                    severities[i % severities.length],
                    targets,
                    T0,
                    T0);
            guidelines.save(guideline);
            saved.add(guideline);
        }
        assertThat(guidelines.all())
                .containsExactlyElementsOf(saved.stream()
                        .sorted(AstraBrandGuidelines.CRITICAL_FIRST)
                        .toList());
        for (Platform platform : Platform.values()) {
            assertThat(guidelines.applicableTo(platform))
                    .as("%s", platform)
                    .containsExactlyElementsOf(saved.stream()
                            .filter(guideline -> guideline.appliesTo(platform))
                            .sorted(AstraBrandGuidelines.CRITICAL_FIRST)
                            .toList());
        }
        for (SeverityLevel severity : severities) {
            assertThat(guidelines.withSeverity(severity))
                    .isNotEmpty()
                    .containsExactlyElementsOf(saved.stream()
                            .filter(guideline -> guideline.severityLevel() == severity)
                            .sorted(AstraBrandGuidelines.CRITICAL_FIRST)
                            .toList());
        }
    }
}
