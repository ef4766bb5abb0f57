package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.review.RecordedReviewChecks;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import com.eesystem.curator.ui.brand.BrandLibraryPage;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.theme.ThemeSwitch;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The brand library page on a real local store: an admin adds a guideline through the form, it is saved
 * to brand_guidelines, and the draft checked under the old rules is re-checked; an edit replaces it;
 * an editor sees the rules read-only.
 */
class BrandLibraryEditingTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final Clock clock = Clock.systemUTC();
    private ExecutorService background;
    private LocalStore store;

    static final User ADMIN = User.of(new UserId(new UUID(0, 41)), "Ada Admin", Role.ADMIN);
    static final User EDITOR = User.of(new UserId(new UUID(0, 42)), "Erin Editor", Role.EDITOR);

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdown();
        assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        store.close();
    }

    private void show(User user) throws TimeoutException {
        store = LocalStore.open(
                LocalStoreSettings.defaults(dataDir.resolve("curator.db"), dataDir.resolve("backups")), clock);
        background = ShellComposition.backgroundExecutor();
        PageContext context = new PageContext(
                background,
                store.userPreferences(),
                "test",
                clock,
                new ThemeSwitch(store.userPreferences(), "test", background, Map.of()),
                dataDir);
        FxToolkit.setupStage(stage -> {
            BrandLibraryPage page = new BrandLibraryPage(context, BrandLibraryComposition.services(store, user, clock));
            stage.setScene(new Scene((Parent) page.view(), 1200, 800));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ContentItem checkedDraft(String caption) {
        ContentItem draft = ContentItem.draft(
                ContentId.random(),
                EDITOR.id(),
                ContentBody.of("Evening offer", ContentType.REEL, List.of(Platform.INSTAGRAM), caption),
                clock.instant());
        store.contentLibrary().save(draft);
        RecordedReviewChecks.over(ComplianceEngine.bundled(), store.complianceChecks(), clock)
                .run(draft);
        return draft;
    }

    @Test
    void anAdminAddsAGuidelineAndTheDraftCheckedUnderTheOldRulesIsRechecked() throws Exception {
        show(ADMIN);
        ContentItem draft = checkedDraft("Cheap evening sessions all week.");
        String before = store.complianceChecks()
                .latestRun(draft.id().value())
                .orElseThrow()
                .rulePackVersion();

        robot.clickOn("#guideline-new");
        robot.clickOn("#guideline-title").write("Price language");
        robot.clickOn("#guideline-restrictions").write("Never call sessions 'cheap'");
        ComboBox<SeverityLevel> severity = robot.lookup("#guideline-severity").queryComboBox();
        robot.interact(() -> severity.setValue(SeverityLevel.CRITICAL));
        robot.clickOn("#guideline-platform-instagram");
        robot.clickOn("#guideline-save");

        TableView<BrandGuideline> table = robot.lookup("#guideline-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        BrandGuideline saved = store.brandGuidelines().all().getFirst();
        assertThat(saved.title()).isEqualTo("Price language");
        assertThat(saved.restrictions()).containsExactly("Never call sessions 'cheap'");
        assertThat(saved.severityLevel()).isEqualTo(SeverityLevel.CRITICAL);
        assertThat(saved.platforms()).containsExactly(Platform.INSTAGRAM);
        assertThat(robot.lookup("#guideline-message").queryAs(Label.class).getText())
                .contains("Saved \"Price language\"");

        var latest = store.complianceChecks().latestRun(draft.id().value()).orElseThrow();
        assertThat(latest.rulePackVersion()).isNotEqualTo(before).startsWith(before + "+g");
        assertThat(latest.checks())
                .filteredOn(check -> check.checkType() == CheckType.BRAND_VOICE)
                .flatExtracting(check -> check.issuesFound())
                .extracting(ComplianceIssue::ruleId)
                .containsExactly("brand.restriction:" + saved.id().value());

        assertThat(store.auditLog().read(0, 500).stream()
                        .anyMatch(entry -> latest.rulePackVersion()
                                        .equals(entry.record().details().get("rule_pack"))
                                && entry.record().actor().equals(ADMIN.id())))
                .as("the re-check is in the audit trail")
                .isTrue();

        // edit: select the row, change the restriction, save again
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guideline-title").queryAs(TextField.class).getText())
                .isEqualTo("Price language");
        TextArea restrictions = robot.lookup("#guideline-restrictions").queryAs(TextArea.class);
        robot.interact(() -> restrictions.setText("Never call sessions 'bargain'"));
        robot.clickOn("#guideline-save");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> store.brandGuidelines()
                        .all()
                        .getFirst()
                        .restrictions()
                        .contains("Never call sessions 'bargain'"));
        assertThat(store.brandGuidelines().all()).hasSize(1);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> store.complianceChecks().latestRun(draft.id().value()).orElseThrow().checks().stream()
                        .filter(check -> check.checkType() == CheckType.BRAND_VOICE)
                        .allMatch(check -> check.issuesFound().isEmpty()));
    }

    @Test
    void anEditorSeesTheRulesReadOnly() throws Exception {
        show(EDITOR);

        assertThat(robot.lookup("#guideline-read-only").tryQuery()).isPresent();
        assertThat(robot.lookup("#guideline-save").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#guideline-title").queryAs(TextField.class).isDisabled())
                .isTrue();
    }
}
