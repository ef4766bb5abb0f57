package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.ui.editor.DraftEditorViewModel;
import com.eesystem.curator.ui.editor.PlatformCount;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's view model on the real local store in a temp dir, wired by {@link Workstation}. Tasks
 * run on the calling (test) thread; their answers arrive on the FX thread, which the test waits for.
 */
class DraftEditorViewModelTest {

    /** Runs each task at once on the caller's thread (never the FX thread: the store refuses it). */
    static final Executor SAME_THREAD = Runnable::run;

    @TempDir
    Path dataDir;

    Workstation workstation;
    DraftEditorViewModel editor;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        workstation = Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), "test-editor");
        editor = new DraftEditorViewModel(workstation.editorServices(), SAME_THREAD, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    @Test
    void aDiseaseClaimIsListedWithItsSpanAndGoesAwayWhenFixed() {
        editor.captionProperty().set("Ten minutes of this light cures insomnia.");
        editor.checkNow();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.issuesProperty()).isNotEmpty();
        ComplianceIssue first = editor.issuesProperty().getFirst();
        assertThat(first.critical())
                .as("critical first: %s", editor.issuesProperty())
                .isTrue();
        assertThat(first.checkType()).isEqualTo(CheckType.MEDICAL_CLAIM);
        assertThat(first.excerptOf(editor.checkedCaptionProperty().get())).contains("cures");

        editor.captionProperty().set("Ten quiet minutes in the light, every morning.");
        editor.checkNow();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.issuesProperty()).noneMatch(ComplianceIssue::critical);
    }

    @Test
    void savingCreatesTheDraftThenEachSaveIsANewRevisionInTheStore() {
        editor.newDraft();
        editor.titleProperty().set("Morning light");
        editor.captionProperty().set("First words");
        editor.hashtagsProperty().set("#calm, morning");
        assertThat(editor.dirtyProperty().get()).isTrue();
        editor.save();
        WaitForAsyncUtils.waitForFxEvents();

        ContentItem created = editor.itemProperty().get();
        assertThat(created).isNotNull();
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.statusProperty().get()).startsWith("Saved ");
        assertThat(stored(created).body().hashtags()).containsExactly("calm", "morning");

        editor.captionProperty().set("First words, then more");
        editor.save();
        WaitForAsyncUtils.waitForFxEvents();
        ContentItem edited = stored(created);
        assertThat(edited.revision()).isEqualTo(2);
        assertThat(edited.body().caption()).isEqualTo("First words, then more");
        assertThat(edited.body().title()).isEqualTo("Morning light");
    }

    @Test
    void aBadHashtagIsNamedAndNothingIsStored() {
        editor.newDraft();
        editor.captionProperty().set("Calm");
        editor.hashtagsProperty().set("#calm #good-vibes");
        editor.save();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.statusProperty().get())
                .isEqualTo("Not saved: hashtags[1]: \"good-vibes\" may hold only letters, digits and _");
        assertThat(editor.dirtyProperty().get()).as("the edit is still pending").isTrue();
        assertThat(workstation.editorServices().library().count(ContentQuery.all()))
                .isZero();
    }

    @Test
    void submitRefusesACriticalClaimWithTheReasonAndAcceptsTheFix() {
        editor.newDraft();
        editor.captionProperty().set("Ten minutes of this light cures insomnia.");
        editor.submit();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.refusalsProperty())
                .containsExactly("check medical_claim: failed (critical) and not overridden");
        ContentItem draft = editor.itemProperty().get();
        assertThat(stored(draft).status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(editor.issuesProperty()).anyMatch(ComplianceIssue::critical);

        editor.captionProperty().set("Ten quiet minutes in the light, every morning.");
        editor.submit();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.refusalsProperty()).isEmpty();
        assertThat(stored(draft).status()).isEqualTo(ContentStatus.IN_REVIEW);
        assertThat(stored(draft).body().caption()).isEqualTo("Ten quiet minutes in the light, every morning.");
    }

    @Test
    void countersNameTheLimitAPlatformPasses() {
        editor.newDraft();
        editor.contentTypeProperty().set(ContentType.QUOTE);
        editor.platforms().add(Platform.TWITTER);
        editor.captionProperty().set("a".repeat(300) + " @one @two");

        PlatformCount x = editor.countsProperty().stream()
                .filter(count -> count.platform() == Platform.TWITTER)
                .findFirst()
                .orElseThrow();
        assertThat(x.characters()).isEqualTo(310);
        assertThat(x.mentions()).isEqualTo(2);
        assertThat(x.overLimit()).isTrue();
        assertThat(x.breaches()).containsExactly("caption 310 chars, limit 280");
        PlatformCount instagram = editor.countsProperty().stream()
                .filter(count -> count.platform() == Platform.INSTAGRAM)
                .findFirst()
                .orElseThrow();
        assertThat(instagram.overLimit()).isFalse();
        assertThat(instagram.summary()).startsWith("Instagram: 310/2,200 chars");
    }

    @Test
    void aThreadCountsItsSegments() {
        editor.newDraft();
        editor.contentTypeProperty().set(ContentType.THREAD);
        editor.platforms().add(Platform.TWITTER);
        editor.platforms().remove(Platform.INSTAGRAM);
        editor.captionProperty().set("word ".repeat(120).strip());

        PlatformCount x = editor.countsProperty().getFirst();
        assertThat(x.segments()).isGreaterThan(2);
        assertThat(x.overLimit()).as("an automatic split always fits").isFalse();
        assertThat(x.posts()).hasSize(x.segments()).allMatch(post -> post.length() <= 280);
        assertThat(x.preview()).startsWith("X — first line: ").contains("\n  1/" + x.segments() + "  word");
    }

    private ContentItem stored(ContentItem item) {
        return workstation.editorServices().library().find(item.id()).orElseThrow();
    }
}
