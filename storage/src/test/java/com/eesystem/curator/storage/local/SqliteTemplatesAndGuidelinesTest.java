package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.domain.template.ContentTemplate;
import com.eesystem.curator.domain.template.TemplateId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteTemplatesAndGuidelinesTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ContentTemplate template(String name, ContentType type, Platform platform, double score) {
        return new ContentTemplate(
                TemplateId.random(),
                name,
                type,
                platform,
                "{\"hook\":\"\"}",
                "Hook: {topic}",
                "sunrise",
                List.of(CheckType.MEDICAL_CLAIM),
                0,
                new Score(score),
                clock.instant(),
                clock.instant());
    }

    @Test
    void templatesAreMatchedBestFirstAndEveryUseIsCounted() throws Exception {
        ContentTemplate good = template("Good reel", ContentType.REEL, Platform.TIKTOK, 0.9);
        ContentTemplate fair = template("Fair reel", ContentType.REEL, Platform.TIKTOK, 0.4);
        ContentTemplate quote = template("Quote", ContentType.QUOTE, Platform.INSTAGRAM, 0.8);
        for (ContentTemplate t : List.of(fair, quote, good)) {
            store.contentTemplates().save(t);
        }

        assertThat(store.contentTemplates().matching(Optional.of(ContentType.REEL), Optional.empty()))
                .containsExactly(good, fair);
        assertThat(store.contentTemplates().matching(Optional.empty(), Optional.of(Platform.INSTAGRAM)))
                .containsExactly(quote);

        ExecutorService users = Executors.newFixedThreadPool(4);
        List<Future<?>> uses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            uses.add(users.submit(() -> store.contentTemplates().recordUse(good.id(), clock.instant())));
        }
        for (Future<?> use : uses) {
            use.get();
        }
        users.shutdown();
        assertThat(store.contentTemplates().find(good.id()).orElseThrow().usageCount())
                .isEqualTo(40);
    }

    @Test
    void guidelinesApplyToTheirPlatformsOrToAllAndComeCriticalFirst() {
        BrandGuideline everywhere = guideline("No cure claims", SeverityLevel.CRITICAL, List.of());
        BrandGuideline tiktokOnly = guideline("Hook in 2 seconds", SeverityLevel.PREFERRED, List.of(Platform.TIKTOK));
        BrandGuideline instagram = guideline("Alt text", SeverityLevel.IMPORTANT, List.of(Platform.INSTAGRAM));
        for (BrandGuideline g : List.of(tiktokOnly, instagram, everywhere)) {
            store.brandGuidelines().save(g);
        }

        assertThat(store.brandGuidelines().applicableTo(Platform.TIKTOK)).containsExactly(everywhere, tiktokOnly);
        assertThat(store.brandGuidelines().withSeverity(SeverityLevel.CRITICAL)).containsExactly(everywhere);
        assertThat(store.brandGuidelines().all()).containsExactly(everywhere, instagram, tiktokOnly);
        assertThat(store.brandGuidelines().find(instagram.id())).contains(instagram);
        assertThat(store.outbox().pendingCount()).isEqualTo(3);
    }

    private BrandGuideline guideline(String title, SeverityLevel severity, List<Platform> platforms) {
        return new BrandGuideline(
                GuidelineId.random(),
                GuidelineType.CLAIMS,
                GuidelineCategory.MEDICAL,
                title,
                "why it matters",
                List.of("say: may support"),
                List.of("cure"),
                "Good: may support relaxation.",
                severity,
                platforms,
                clock.instant(),
                clock.instant());
    }
}
