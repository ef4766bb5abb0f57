package com.eesystem.curator.app;

import com.eesystem.curator.ui.editor.DraftEditorView;
import com.eesystem.curator.ui.editor.DraftEditorViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/**
 * The child process of {@link EditorKillTest}: opens the editor on a data dir, types the text into
 * the caption, waits until the autosave timer (not an explicit save) put it into the store, says
 * AUTOSAVED and waits to be killed.
 */
public final class EditorKillChild {

    private EditorKillChild() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        String text = args[1];
        Workstation workstation = Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), "kill-editor");
        ExecutorService background = ShellComposition.backgroundExecutor();
        CountDownLatch autosaved = new CountDownLatch(1);
        Platform.startup(() -> {
            DraftEditorViewModel model =
                    new DraftEditorViewModel(workstation.editorServices(), background, Clock.systemUTC());
            model.newDraft();
            model.itemProperty().addListener((o, was, item) -> {
                if (item != null && item.body().caption().equals(text)) {
                    autosaved.countDown();
                }
            });
            Stage stage = new Stage();
            stage.setScene(new Scene(new DraftEditorView(model, () -> {}), 900, 600));
            stage.show();
            ((TextArea) stage.getScene().lookup("#editor-caption")).appendText(text);
        });
        autosaved.await();
        System.out.println("AUTOSAVED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
