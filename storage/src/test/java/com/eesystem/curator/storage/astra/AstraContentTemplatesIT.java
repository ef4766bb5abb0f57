package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.domain.template.ContentTemplate;
import com.eesystem.curator.domain.template.TemplateId;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** content_templates on the real Cassandra: every column, SAI filters with ordering, concurrent use counts. */
@ExtendWith({CassandraServerExtension.class, TeamKeyspace.class})
class AstraContentTemplatesIT {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private AstraContentTemplates templates;

    @BeforeEach
    void emptyTable(TeamKeyspace.Shared shared) {
        shared.truncate("content_templates");
        templates =
                new AstraContentTemplates(shared.session(), shared.settings().withPageSize(4));
    }

    @Test
    void everyColumnRoundTripsAndASaveReplaces() {
        var template = new ContentTemplate(
                TemplateId.random(),
                "Morning reel",
                ContentType.REEL,
                Platform.TIKTOK,
                "{\"scenes\": 3}",
                "Hook: {{hook}}\nBody: {{body}}",
                "sunrise, {{mood}} light",
                List.of(CheckType.MEDICAL_CLAIM, CheckType.LEGAL_REVIEW),
                7,
                new Score(0.8),
                T0,
                T0.plusSeconds(10));
        templates.save(template);
        assertThat(templates.find(template.id())).contains(template);
        templates.save(template); // idempotent
        var renamed = new ContentTemplate(
                template.id(),
                "Morning reel v2",
                ContentType.REEL,
                Platform.TIKTOK,
                "",
                "",
                "",
                List.of(),
                0,
                Score.ZERO,
                T0,
                T0.plusSeconds(20));
        templates.save(renamed);
        assertThat(templates.find(template.id())).contains(renamed);
        assertThat(templates.find(TemplateId.random())).isEmpty();
    }

    @Test
    void matchingFiltersByTypeAndPlatformBestPerformanceFirst() {
        List<ContentTemplate> saved = new ArrayList<>();
        ContentType[] types = {ContentType.REEL, ContentType.STORY, ContentType.REEL};
        Platform[] platforms = {Platform.TIKTOK, Platform.TIKTOK, Platform.INSTAGRAM, Platform.YOUTUBE};
        for (int i = 0; i < 24; i++) {
            var template = template(
                    "template " + (i % 5),
                    types[i % types.length],
                    platforms[i % platforms.length],
                    (i * 37 % 10) / 10.0);
            templates.save(template);
            saved.add(template);
        }
        for (Optional<ContentType> type : List.of(Optional.<ContentType>empty(), Optional.of(ContentType.REEL))) {
            for (Optional<Platform> platform : List.of(Optional.<Platform>empty(), Optional.of(Platform.TIKTOK))) {
                List<ContentTemplate> expected = saved.stream()
                        .filter(t ->
                                type.map(wanted -> t.contentType() == wanted).orElse(true))
                        .filter(t ->
                                platform.map(wanted -> t.platform() == wanted).orElse(true))
                        .sorted(AstraContentTemplates.BEST_FIRST)
                        .toList();
                assertThat(expected).isNotEmpty();
                assertThat(templates.matching(type, platform))
                        .as("%s %s", type, platform)
                        .containsExactlyElementsOf(expected);
            }
        }
        assertThat(templates.matching(Optional.of(ContentType.QUOTE), Optional.empty()))
                .isEmpty();
    }

    @Test
    void concurrentUsesAreAllCounted() throws Exception {
        var template = template("popular", ContentType.QUOTE, Platform.TWITTER, 0.5);
        templates.save(template);
        ExecutorService desktops = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Void>> uses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Instant at = T0.plusSeconds(100 + i);
                uses.add(CompletableFuture.runAsync(() -> templates.recordUse(template.id(), at), desktops));
            }
            CompletableFuture.allOf(uses.toArray(CompletableFuture[]::new)).get();
        } finally {
            desktops.shutdownNow();
        }
        ContentTemplate counted = templates.find(template.id()).orElseThrow();
        assertThat(counted.usageCount()).isEqualTo(20);
        assertThat(counted.updatedAt()).isAfter(T0);
        assertThatThrownBy(() -> templates.recordUse(TemplateId.random(), T0)).hasMessageContaining("does not exist");
    }

    private static ContentTemplate template(String name, ContentType type, Platform platform, double score) {
        return new ContentTemplate(
                TemplateId.random(), name, type, platform, "", "{{x}}", "", List.of(), 0, new Score(score), T0, T0);
    }
}
