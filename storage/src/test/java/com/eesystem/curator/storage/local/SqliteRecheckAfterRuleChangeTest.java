package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.MaterialConnection;
import com.eesystem.curator.domain.compliance.RulePack;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.compliance.VoiceGuideline;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.review.RecheckAfterRuleChange;
import com.eesystem.curator.domain.review.RecordedReviewChecks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The re-check after a guideline change on a real SQLite store, across a reopen: the content library's
 * listing by status, the compliance_checks rows and their rule set, and the declared material connections
 * kept in platform_specs.
 */
class SqliteRecheckAfterRuleChangeTest {

    @TempDir
    Path folder;

    final LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();

    @Test
    void draftsCheckedUnderOldGuidelinesAreRecheckedAndTheNewRunIsStored() {
        ComplianceEngine before = ComplianceEngine.bundled();
        ComplianceEngine after = new ComplianceEngine(
                RulePack.bundled(),
                List.of(new VoiceGuideline(
                        "price",
                        "Price language",
                        List.of(),
                        List.of("Never call sessions 'cheap'"),
                        "",
                        SeverityLevel.IMPORTANT,
                        Set.of())),
                null);
        ContentItem draft = ContentSamples.draft("Evening offer", "Cheap evening sessions all week.", clock.instant());
        draft = new ContentItem(
                draft.id(),
                draft.version(),
                draft.revision(),
                draft.authorId(),
                draft.body().withMaterialConnections(Set.of(MaterialConnection.SPONSORED)),
                draft.status(),
                draft.complianceNotes(),
                draft.performanceMetrics(),
                draft.createdAt(),
                draft.updatedAt(),
                draft.publishedAt());
        try (LocalStore store = LocalStore.open(LocalStoreFixture.settings(folder), clock)) {
            assertThat(store.contentLibrary().save(draft)).isInstanceOf(ContentSave.Saved.class);
            RecordedReviewChecks.over(before, store.complianceChecks(), clock).run(draft);
        }
        clock.advance(Duration.ofMinutes(3));

        try (LocalStore store = LocalStore.open(LocalStoreFixture.settings(folder), clock)) {
            ContentItem reread = store.contentLibrary().find(draft.id()).orElseThrow();
            assertThat(reread.body().materialConnections()).containsExactly(MaterialConnection.SPONSORED);

            RecheckAfterRuleChange.Result result =
                    new RecheckAfterRuleChange(store.contentLibrary(), store.complianceChecks(), clock).recheck(after);

            assertThat(result.rechecked()).containsExactly(draft.id());
            var latest = store.complianceChecks().latestRun(draft.id().value()).orElseThrow();
            assertThat(latest.rulePackVersion()).isEqualTo(after.ruleSetVersion());
            assertThat(latest.checks())
                    .filteredOn(check -> check.checkType() == CheckType.BRAND_VOICE)
                    .flatExtracting(check -> check.issuesFound())
                    .extracting(ComplianceIssue::ruleId)
                    .contains("brand.restriction:price");
            assertThat(latest.checks())
                    .filteredOn(check -> check.checkType() == CheckType.LEGAL_REVIEW)
                    .flatExtracting(check -> check.issuesFound())
                    .extracting(ComplianceIssue::ruleId)
                    .as("the sponsored flag read back from the store reaches the endorsement rule")
                    .contains("legal.undisclosed_endorsement");
            assertThat(new RecheckAfterRuleChange(store.contentLibrary(), store.complianceChecks(), clock)
                            .recheck(after)
                            .rechecked())
                    .isEmpty();
        }
    }
}
