package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.KnowledgeCategory;
import com.eesystem.curator.domain.brand.KnowledgeId;
import com.eesystem.curator.domain.brand.KnowledgeSave;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.DraftToCheck;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.ui.editor.DraftEditorViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The brand library's approved claims are the safer wording of the workstation's checks (issue 9): an
 * active claim entry stored before the workstation opens is the editor's suggestion for the condition it
 * names, a draft one is not, and the demo's claims apply from its seeding until it is cleared.
 */
class WorkstationApprovedClaimsTest {

    private static final String CLAIM = "Ten minutes of this light cures insomnia.";

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.systemUTC();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private static BrandKnowledge claim(String title, String wording, double relevance, Instant at) {
        return BrandKnowledge.draft(
                KnowledgeId.random(),
                KnowledgeType.CLAIM,
                KnowledgeCategory.MEDICAL,
                title,
                wording,
                new Score(relevance),
                at);
    }

    @Test
    void anActiveStoredClaimIsTheEditorsSuggestionForTheConditionItNames() {
        try (Workstation workstation = Workstation.open(new DataDirectory(dataDir), clock, "claims-editor")) {
            Instant at = clock.instant();
            var knowledge = workstation.store().brandKnowledge();
            assertThat(knowledge.save(claim("Approved claim for insomnia", "an evening hour to wind down", 0.5, at)
                            .activate(at)))
                    .isInstanceOf(KnowledgeSave.Saved.class);
            assertThat(knowledge.save(claim("Draft claim for insomnia", "a draft wording", 0.9, at)))
                    .isInstanceOf(KnowledgeSave.Saved.class);
        }
        try (Workstation workstation = Workstation.open(new DataDirectory(dataDir), clock, "claims-editor")) {
            DraftEditorViewModel editor =
                    new DraftEditorViewModel(workstation.editorServices(), DraftEditorViewModelTest.SAME_THREAD, clock);
            editor.captionProperty().set(CLAIM);
            editor.checkNow();
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(editor.issuesProperty()).isNotEmpty();
            ComplianceIssue first = editor.issuesProperty().getFirst();
            assertThat(first.excerptOf(editor.checkedCaptionProperty().get())).contains("insomnia");
            assertThat(first.suggestion())
                    .isEqualTo("Try: \"an evening hour to wind down\" (approved claim \"Approved claim for insomnia\""
                            + " in the brand library).");
        }
    }

    @Test
    void theDemosClaimsApplyFromItsSeedingUntilItIsCleared() {
        try (Workstation workstation = Workstation.open(new DataDirectory(dataDir), clock, "claims-editor")) {
            assertThat(suggestions(workstation)).contains("(approved claim sleep-01)");

            workstation.seedDemoIfEmpty();
            assertThat(suggestions(workstation))
                    .contains("(approved claim \"Approved claim for insomnia (sleep-01)\" in the brand library)");

            workstation.clearDemo();
            assertThat(suggestions(workstation))
                    .contains("(approved claim sleep-01)")
                    .doesNotContain("brand library");
        }
    }

    private static String suggestions(Workstation workstation) {
        return workstation.complianceEngine().check(DraftToCheck.caption(CLAIM)).issues().stream()
                .map(ComplianceIssue::suggestion)
                .reduce("", String::concat);
    }
}
