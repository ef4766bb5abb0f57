package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.brand.SaveBrandGuideline;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.DraftToCheck;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workstation's editor and submission checks apply the brand guidelines of the local store: one
 * stored before the workstation opens, and one an admin saves in the brand library while it is open.
 */
class WorkstationGuidelinesTest {

    private static final String CAPTION = "Cheap evening sessions all week, come and unwind.";

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.systemUTC();

    private BrandGuideline priceGuideline() {
        return new BrandGuideline(
                GuidelineId.random(),
                GuidelineType.VOICE,
                GuidelineCategory.MARKETING,
                "Price language",
                "",
                List.of(),
                List.of("Never call sessions 'cheap'"),
                "",
                SeverityLevel.IMPORTANT,
                List.of(),
                clock.instant(),
                clock.instant());
    }

    private static List<String> brandRules(List<ComplianceIssue> issues) {
        return issues.stream()
                .filter(issue -> issue.checkType() == CheckType.BRAND_VOICE)
                .map(ComplianceIssue::ruleId)
                .toList();
    }

    private static ContentItem draft(Workstation workstation) {
        return workstation
                .editorServices()
                .createDraft()
                .create(new CreateDraft.Command(
                        workstation.user(),
                        ContentBody.of("Evening offer", ContentType.REEL, List.of(Platform.INSTAGRAM), CAPTION)))
                .orThrow();
    }

    @Test
    void aStoredGuidelineIsAppliedByTheEditorsLiveCheckAndBySubmission() {
        try (Workstation workstation = Workstation.open(new DataDirectory(dataDir), clock, "guided-editor")) {
            BrandGuideline guideline = priceGuideline();
            workstation.store().brandGuidelines().save(guideline);
        }
        try (Workstation workstation = Workstation.open(new DataDirectory(dataDir), clock, "guided-editor")) {
            String rule = "brand.restriction:"
                    + workstation
                            .store()
                            .brandGuidelines()
                            .all()
                            .getFirst()
                            .id()
                            .value();
            List<ComplianceIssue> live = workstation
                    .editorServices()
                    .engine()
                    .check(DraftToCheck.caption(CAPTION, Platform.INSTAGRAM))
                    .issues();
            assertThat(brandRules(live)).contains(rule);

            ContentItem draft = draft(workstation);
            Outcome<SubmitForReview.Submitted> submitted = workstation
                    .editorServices()
                    .submitForReview()
                    .submit(new SubmitForReview.Command(workstation.user(), draft.id(), draft.version(), List.of()));
            var run = workstation
                    .store()
                    .complianceChecks()
                    .latestRun(draft.id().value())
                    .orElseThrow();
            assertThat(run.rulePackVersion()).contains("+g");
            assertThat(brandRules(run.checks().stream()
                            .flatMap(check -> check.issuesFound().stream())
                            .toList()))
                    .as("the recorded submission run (outcome %s)", submitted)
                    .contains(rule);
        }
    }

    @Test
    void aGuidelineSavedInTheBrandLibraryReachesTheOpenEditorAtOnce() {
        try (Workstation workstation = Workstation.open(new DataDirectory(dataDir), clock, "guided-editor")) {
            User admin = User.of(UserId.random(), "Ada Admin", Role.ADMIN);
            Workstation adminDesk = workstation.as(admin);
            DraftToCheck caption = DraftToCheck.caption(CAPTION, Platform.INSTAGRAM);
            String before = adminDesk.complianceEngine().ruleSetVersion();
            assertThat(brandRules(
                            adminDesk.editorServices().engine().check(caption).issues()))
                    .noneMatch(rule -> rule.startsWith("brand.restriction"));

            SaveBrandGuideline save =
                    BrandLibraryComposition.services(adminDesk, clock).save();
            BrandGuideline saved = save.save(new SaveBrandGuideline.Command(
                            admin,
                            Optional.empty(),
                            GuidelineType.VOICE,
                            GuidelineCategory.MARKETING,
                            "Price language",
                            "",
                            List.of(),
                            List.of("Never call sessions 'cheap'"),
                            "",
                            SeverityLevel.IMPORTANT,
                            List.of()))
                    .orThrow();

            assertThat(adminDesk.complianceEngine().ruleSetVersion()).isNotEqualTo(before);
            assertThat(brandRules(
                            adminDesk.editorServices().engine().check(caption).issues()))
                    .contains("brand.restriction:" + saved.id().value());
            assertThat(adminDesk.reviewServices().engine()).isSameAs(adminDesk.complianceEngine());
        }
    }
}
