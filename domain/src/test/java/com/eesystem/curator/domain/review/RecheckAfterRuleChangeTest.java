package com.eesystem.curator.domain.review;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.RulePack;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.compliance.VoiceGuideline;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.memory.InMemoryComplianceChecks;
import com.eesystem.curator.domain.memory.InMemoryContentLibrary;
import com.eesystem.curator.domain.memory.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Re-checking after a guideline or rule pack change, on the in-memory library and compliance rows. */
class RecheckAfterRuleChangeTest {

    final TestClock clock = new TestClock(T0);
    final InMemoryContentLibrary library = new InMemoryContentLibrary();
    final InMemoryComplianceChecks rows = new InMemoryComplianceChecks();
    final RecheckAfterRuleChange recheck = new RecheckAfterRuleChange(library, rows, clock);

    final ComplianceEngine before = ComplianceEngine.bundled();
    final ComplianceEngine after = new ComplianceEngine(
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

    private ContentItem stored(ContentStatus status, String caption) {
        Instant published = status == ContentStatus.PUBLISHED ? T0 : null;
        ContentItem item = new ContentItem(
                ContentId.random(),
                1,
                1,
                EDITOR.id(),
                body().withCaption(caption),
                status,
                "",
                Map.of(),
                T0,
                T0,
                published);
        assertThat(library.save(item)).isInstanceOf(ContentSave.Saved.class);
        return item;
    }

    private static String bundledPackText() {
        try (var in = RulePack.class.getResourceAsStream("rule-pack.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void checkedWith(ComplianceEngine engine, ContentItem item) {
        RecordedReviewChecks.over(engine, rows, clock).run(item);
    }

    @Test
    void aGuidelineChangeRechecksOpenItemsCheckedUnderTheOldRulesOnly() {
        ContentItem draft = stored(ContentStatus.DRAFT, "Cheap evening sessions all week.");
        ContentItem inReview = stored(ContentStatus.IN_REVIEW, "Ten quiet minutes in the light.");
        ContentItem approved = stored(ContentStatus.APPROVED, "Cheap evening sessions all week.");
        ContentItem neverChecked = stored(ContentStatus.DRAFT, "Cheap tea, quiet room.");
        for (ContentItem item : List.of(draft, inReview, approved)) {
            checkedWith(before, item);
        }
        clock.advance(Duration.ofMinutes(5));

        RecheckAfterRuleChange.Result result = recheck.recheck(after);

        assertThat(after.ruleSetVersion()).isNotEqualTo(before.ruleSetVersion());
        assertThat(result.ruleSet()).isEqualTo(after.ruleSetVersion());
        assertThat(result.examined()).isEqualTo(3); // draft, in review, never checked
        assertThat(result.rechecked()).containsExactlyInAnyOrder(draft.id(), inReview.id());
        assertThat(result.unsatisfied()).isEmpty(); // a restriction is important: a warning, still satisfied
        assertThat(rows.latestRun(draft.id().value()).orElseThrow().rulePackVersion())
                .isEqualTo(after.ruleSetVersion());
        assertThat(rows.latestRun(draft.id().value()).orElseThrow().checks())
                .filteredOn(check -> check.checkType() == CheckType.BRAND_VOICE)
                .extracting(ComplianceCheck::checkResult)
                .containsExactly(CheckResult.WARNING);
        assertThat(rows.latestRun(approved.id().value()).orElseThrow().rulePackVersion())
                .as("an approval binds to what was checked: approved items keep their rows")
                .isEqualTo(before.ruleSetVersion());
        assertThat(rows.history(neverChecked.id().value())).isEmpty();
        assertThat(rows.history(draft.id().value())).hasSize(2 * CheckType.values().length);
    }

    @Test
    void runningItAgainWithTheSameRulesRechecksNothing() {
        ContentItem draft = stored(ContentStatus.DRAFT, "Cheap evening sessions all week.");
        checkedWith(before, draft);
        clock.advance(Duration.ofMinutes(1));
        recheck.recheck(after);
        clock.advance(Duration.ofMinutes(1));

        RecheckAfterRuleChange.Result again = recheck.recheck(after);

        assertThat(again.rechecked()).isEmpty();
        assertThat(rows.history(draft.id().value())).hasSize(2 * CheckType.values().length);
    }

    @Test
    void aNewRulePackVersionAloneTriggersTheRecheckAndReportsItemsThatNowFail() {
        ContentItem draft = stored(ContentStatus.DRAFT, "Our sessions cure anxiety.");
        checkedWith(before, draft);
        clock.advance(Duration.ofMinutes(1));
        RulePack bumped = RulePack.parse(
                "rule-pack.txt",
                bundledPackText().replace("version = " + before.rulePackVersion(), "version = 2099.01.01-1"));

        RecheckAfterRuleChange.Result result = recheck.recheck(new ComplianceEngine(bumped, List.of(), null));

        assertThat(result.ruleSet()).isEqualTo("2099.01.01-1");
        assertThat(result.rechecked()).containsExactly(draft.id());
        assertThat(result.unsatisfied()).containsExactly(draft.id());
    }

    @Test
    void theRuleSetFingerprintIsStableAndFollowsEveryGuidelineField() {
        VoiceGuideline guideline = new VoiceGuideline(
                "g", "Name", List.of("Say 'guests'"), List.of(), "", SeverityLevel.PREFERRED, Set.of());
        String once = new ComplianceEngine(RulePack.bundled(), List.of(guideline), null).ruleSetVersion();
        String twice = new ComplianceEngine(RulePack.bundled(), List.of(guideline), null).ruleSetVersion();
        VoiceGuideline stricter = new VoiceGuideline(
                "g", "Name", List.of("Say 'guests'"), List.of(), "", SeverityLevel.IMPORTANT, Set.of());

        assertThat(once).isEqualTo(twice).startsWith(RulePack.bundled().version() + "+g");
        assertThat(new ComplianceEngine(RulePack.bundled(), List.of(stricter), null).ruleSetVersion())
                .isNotEqualTo(once);
    }
}
