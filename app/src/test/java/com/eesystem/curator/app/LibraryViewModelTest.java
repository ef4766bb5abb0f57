package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.ui.library.LibraryViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The library listing over the demo workspace in a real local store. */
class LibraryViewModelTest {

    @TempDir
    Path dataDir;

    Workstation workstation;
    LibraryViewModel library;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        workstation = Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), "test-editor");
        library = new LibraryViewModel(workstation.editorServices().library(), DraftEditorViewModelTest.SAME_THREAD);
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    @Test
    void anEmptyLibraryShowsItsEmptyState() {
        library.refresh();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.libraryEmptyProperty().get()).isTrue();
        assertThat(library.rowsProperty()).isEmpty();
        assertThat(library.summaryProperty().get()).isEqualTo("0 items");
    }

    @Test
    void theDemoWorkspaceIsSeededOnceAndFiltersAndSearchNarrowIt() {
        assertThat(workstation.seedDemoIfEmpty()).isEqualTo(12);
        assertThat(workstation.seedDemoIfEmpty())
                .as("only into an empty library")
                .isZero();

        library.refresh();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.rowsProperty()).hasSize(12);
        assertThat(library.libraryEmptyProperty().get()).isFalse();
        assertThat(library.summaryProperty().get()).isEqualTo("12 items");
        // the claims the checks refuse stay drafts; the clean ones went to review
        assertThat(library.rowsProperty())
                .filteredOn(item -> item.title().endsWith("(needs a fix)"))
                .extracting(ContentItem::status)
                .containsOnly(ContentStatus.DRAFT);
        assertThat(library.rowsProperty()).anyMatch(item -> item.status() == ContentStatus.IN_REVIEW);

        library.keywordsProperty().set("insomnia");
        library.refresh();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.rowsProperty()).extracting(ContentItem::title).containsExactly("Sleep claim (needs a fix)");
        assertThat(library.summaryProperty().get()).isEqualTo("1 of 12 items match");

        library.keywordsProperty().set("");
        library.typeFilterProperty().set(ContentType.THREAD);
        library.refresh();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.rowsProperty())
                .extracting(ContentItem::title)
                .containsExactlyInAnyOrder("Founder story, part 1", "Thread: what to expect");

        library.typeFilterProperty().set(null);
        library.statusFilterProperty().set(ContentStatus.DRAFT);
        library.refresh();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.rowsProperty())
                .allMatch(item -> item.status() == ContentStatus.DRAFT)
                .isNotEmpty();
    }
}
