package com.eesystem.curator.domain.brand;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.RulePack;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.memory.InMemoryBrandGuidelines;
import com.eesystem.curator.domain.memory.InMemoryComplianceChecks;
import com.eesystem.curator.domain.memory.InMemoryContentLibrary;
import com.eesystem.curator.domain.memory.TestClock;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.review.RecheckAfterRuleChange;
import com.eesystem.curator.domain.review.RecordedReviewChecks;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SaveBrandGuidelineTest {

    final TestClock clock = new TestClock(T0);
    final InMemoryBrandGuidelines guidelines = new InMemoryBrandGuidelines();
    final List<List<BrandGuideline>> announced = new ArrayList<>();
    final SaveBrandGuideline save =
            new SaveBrandGuideline(guidelines, PermissionPolicy.standard(), clock, announced::add);

    static SaveBrandGuideline.Command command(User actor, Optional<GuidelineId> id, String title, String restriction) {
        return new SaveBrandGuideline.Command(
                actor,
                id,
                GuidelineType.VOICE,
                GuidelineCategory.MARKETING,
                title,
                "How we talk about price",
                List.of(),
                List.of(restriction, "  "),
                "Don't: Cheap relaxation sessions every weekday!",
                SeverityLevel.IMPORTANT,
                List.of(Platform.INSTAGRAM));
    }

    @Test
    void anAdminAddsThenEditsAGuidelineAndEachSaveIsAnnounced() {
        BrandGuideline added = save.save(command(ADMIN, Optional.empty(), "Price language", "Never say 'cheap'"))
                .orThrow();
        clock.advance(Duration.ofHours(1));
        BrandGuideline edited = save.save(
                        command(ADMIN, Optional.of(added.id()), "Price language", "Never say 'bargain'"))
                .orThrow();

        assertThat(guidelines.all()).containsExactly(edited);
        assertThat(edited.restrictions()).containsExactly("Never say 'bargain'");
        assertThat(edited.createdAt()).isEqualTo(T0);
        assertThat(edited.updatedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(announced).hasSize(2);
        assertThat(announced.getLast()).containsExactly(edited);
    }

    @Test
    void anEditorMayNotChangeTheRulesAndNothingIsSaved() {
        Outcome<BrandGuideline> outcome = save.save(command(EDITOR, Optional.empty(), "Price", "Never say 'cheap'"));

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused<BrandGuideline>) outcome).has("permission_denied"))
                .isTrue();
        assertThat(guidelines.all()).isEmpty();
        assertThat(announced).isEmpty();
    }

    @Test
    void aBlankTitleIsRefusedNamingTheFieldAndAnUnknownIdIsNotFound() {
        Outcome<BrandGuideline> blank = save.save(command(ADMIN, Optional.empty(), "  ", "Never say 'cheap'"));
        Outcome<BrandGuideline> unknown =
                save.save(command(ADMIN, Optional.of(GuidelineId.random()), "Price", "Never say 'cheap'"));

        assertThat(((Outcome.Refused<BrandGuideline>) blank).message()).contains("title");
        assertThat(((Outcome.Refused<BrandGuideline>) unknown).has("not_found")).isTrue();
        assertThat(guidelines.all()).isEmpty();
        assertThat(announced).isEmpty();
    }

    @Test
    void savingAGuidelineRechecksTheDraftsCheckedUnderTheOldRules() {
        InMemoryContentLibrary library = new InMemoryContentLibrary();
        InMemoryComplianceChecks rows = new InMemoryComplianceChecks();
        ContentItem item = draft().edit(body().withCaption("Cheap evening sessions all week."), T0)
                .orThrow();
        library.save(ContentItem.draft(item.id(), item.authorId(), item.body(), T0));
        ContentItem stored = library.find(item.id()).orElseThrow();
        RecordedReviewChecks.over(ComplianceEngine.bundled(), rows, clock).run(stored);
        List<RecheckAfterRuleChange.Result> results = new ArrayList<>();
        RecheckAfterRuleChange recheck = new RecheckAfterRuleChange(library, rows, clock);
        SaveBrandGuideline wired = new SaveBrandGuideline(
                guidelines,
                PermissionPolicy.standard(),
                clock,
                recheck.whenGuidelinesChange(RulePack.bundled(), results::add));
        clock.advance(Duration.ofMinutes(2));

        wired.save(command(ADMIN, Optional.empty(), "Price language", "Never call sessions 'cheap'"))
                .orThrow();

        assertThat(results)
                .singleElement()
                .satisfies(result -> assertThat(result.rechecked()).containsExactly(stored.id()));
        assertThat(rows.latestRun(stored.id().value()).orElseThrow().checks())
                .filteredOn(check -> check.checkType() == CheckType.BRAND_VOICE)
                .flatExtracting(check -> check.issuesFound())
                .extracting(issue -> issue.ruleId())
                .anyMatch(rule -> rule.startsWith("brand.restriction:"));
    }
}
