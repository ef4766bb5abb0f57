package com.eesystem.curator.ui.editor;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.ui.page.ComplianceIssueCell;
import com.eesystem.curator.ui.page.Shortcuts;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The draft editor: fields on the left, the issues of the live check on the right. The caption is
 * checked 300 ms after the last keystroke; edits are saved every {@value #AUTOSAVE_SECONDS} seconds,
 * when a field loses focus, with Ctrl+S and before leaving. A TextArea cannot underline a span, so an
 * issue is shown in the side list and a click on it selects its characters in the caption.
 */
public final class DraftEditorView extends BorderPane {

    static final int AUTOSAVE_SECONDS = 3;
    /** Undo across title, caption and hashtags (the Edit menu shows it). */
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    /** Redo; Ctrl+Y does the same. */
    public static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final DraftEditorViewModel model;
    private final TextArea caption = new TextArea();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(300));
    private final Timeline autosave;
    private final Map<Platform, CheckBox> platformBoxes = new EnumMap<>(Platform.class);
    private Window hooked;

    /** @param close what "← Library" does after the last edits were handed to the store */
    public DraftEditorView(DraftEditorViewModel model, Runnable close) {
        this.model = model;
        setId("draft-editor");
        setPadding(new Insets(0));
        setTop(toolbar(close));
        setCenter(fields());
        setRight(sidePanel());
        debounce.setOnFinished(event -> model.checkNow());
        model.captionProperty().addListener((o, was, now) -> debounce.playFromStart());
        model.platforms().addListener((SetChangeListener<Platform>) change -> debounce.playFromStart());
        autosave = new Timeline(new KeyFrame(Duration.seconds(AUTOSAVE_SECONDS), event -> model.save()));
        autosave.setCycleCount(Animation.INDEFINITE);
        // the timer runs only while the editor is on screen; closing the window saves what is pending
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                autosave.stop();
                return;
            }
            autosave.play();
            saveWhenHidden(scene.getWindow());
            scene.windowProperty().addListener((w, before, window) -> saveWhenHidden(window));
        });
    }

    private void saveWhenHidden(Window window) {
        if (window != null && window != hooked) {
            hooked = window;
            // the save runs on the background executor, which app lets finish before closing the store
            window.addEventHandler(WindowEvent.WINDOW_HIDING, event -> {
                autosave.stop();
                debounce.stop();
                model.save();
            });
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
                if (getScene() != null && getScene().getWindow() == window) {
                    autosave.play();
                }
            });
        }
    }

    /** Puts the caret in the caption. */
    public void focusCaption() {
        caption.requestFocus();
    }

    private Node toolbar(Runnable close) {
        Button back = new Button("← Library");
        back.setId("editor-back");
        back.getStyleClass().add(Styles.FLAT);
        back.setAccessibleText("Back to the library");
        back.setTooltip(new Tooltip("Save and go back to the library"));
        back.setOnAction(event -> {
            model.save();
            close.run();
        });
        Label status = new Label();
        status.setId("editor-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = new Button("Save");
        save.setId("editor-save");
        save.setTooltip(
                new Tooltip(Shortcuts.hint("Save now", Shortcuts.SAVE) + "; edits are also saved every few seconds"));
        save.setAccessibleText("Save draft");
        save.setOnAction(event -> model.save());
        save.disableProperty().bind(model.dirtyProperty().not());
        Button submit = new Button("Submit for review");
        submit.setId("editor-submit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setTooltip(new Tooltip(
                Shortcuts.hint("Run the compliance checks and send the draft to a reviewer", Shortcuts.SUBMIT)));
        submit.setAccessibleText("Submit for review");
        submit.setOnAction(event -> model.submit());
        submit.disableProperty().bind(model.busyProperty());
        HBox bar = new HBox(10, back, status, spacer);
        // a role that may not write or submit (a reviewer) reads the item without those buttons
        if (model.canEdit()) {
            bar.getChildren().add(save);
        }
        if (model.canSubmit()) {
            bar.getChildren().add(submit);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 12, 0));
        return bar;
    }

    private Node fields() {
        ComboBox<ContentType> type = new ComboBox<>();
        type.setId("editor-type");
        type.getItems().setAll(ContentType.values());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(ContentType value) {
                return value == null ? "" : capitalized(value.storedValue());
            }

            @Override
            public ContentType fromString(String text) {
                return ContentType.fromStored(text.toLowerCase(java.util.Locale.ROOT));
            }
        });
        type.valueProperty().bindBidirectional(model.contentTypeProperty());
        type.setAccessibleText("Content type");

        HBox platforms = new HBox(10);
        platforms.setAlignment(Pos.CENTER_LEFT);
        for (Platform platform : Platform.values()) {
            CheckBox box = new CheckBox(PlatformCount.name(platform));
            box.setId("editor-platform-" + platform.storedValue());
            box.setSelected(model.platforms().contains(platform));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    model.platforms().add(platform);
                } else if (model.platforms().size() > 1) {
                    model.platforms().remove(platform);
                } else {
                    box.setSelected(true); // a draft needs one target platform
                }
            });
            platformBoxes.put(platform, box);
            platforms.getChildren().add(box);
        }
        model.platforms().addListener((SetChangeListener<Platform>) change -> platformBoxes.forEach(
                (p, box) -> box.setSelected(model.platforms().contains(p))));

        TextField title = new TextField();
        title.setId("editor-title");
        title.setPromptText("Title (for the library; the first caption line when empty)");
        title.textProperty().bindBidirectional(model.titleProperty());
        caption.setId("editor-caption");
        caption.setPromptText("Caption or script…");
        caption.setWrapText(true);
        caption.setPrefRowCount(9);
        caption.textProperty().bindBidirectional(model.captionProperty());
        caption.setAccessibleText("Caption");
        TextField tags = new TextField();
        tags.setId("editor-hashtags");
        tags.setPromptText("#hashtags, separated by spaces");
        tags.textProperty().bindBidirectional(model.hashtagsProperty());
        TextArea prompts = new TextArea();
        prompts.setId("editor-media-prompts");
        prompts.setPromptText("Media prompts, one per line");
        prompts.setPrefRowCount(3);
        prompts.setWrapText(true);
        prompts.textProperty().bindBidirectional(model.mediaPromptsProperty());
        title.setAccessibleText("Title");
        tags.setAccessibleText("Hashtags");
        prompts.setAccessibleText("Media prompts");
        for (TextInputControl field : new TextInputControl[] {title, caption, tags}) {
            // one history for the three fields instead of each control's own, so Ctrl+Z crosses fields
            field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (UNDO.match(event)) {
                    model.undo();
                    event.consume();
                } else if (REDO.match(event) || REDO_Y.match(event)) {
                    model.redo();
                    event.consume();
                }
            });
        }
        for (TextInputControl field : new TextInputControl[] {title, caption, tags, prompts}) {
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    model.save();
                }
            });
        }

        if (!model.canEdit()) {
            for (TextInputControl field : new TextInputControl[] {title, caption, tags, prompts}) {
                field.setEditable(false);
            }
            type.setDisable(true);
            platforms.setDisable(true);
        }

        VBox counts = new VBox(4);
        counts.setId("editor-counts");
        model.countsProperty().addListener((javafx.collections.ListChangeListener<PlatformCount>) change -> {
            counts.getChildren()
                    .setAll(model.countsProperty().stream()
                            .map(DraftEditorView::countLabel)
                            .toList());
        });
        counts.getChildren()
                .setAll(model.countsProperty().stream()
                        .map(DraftEditorView::countLabel)
                        .toList());

        TextArea preview = new TextArea();
        preview.setId("editor-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(4);
        preview.setAccessibleText("Preview per platform");
        Runnable showPreview = () -> preview.setText(
                model.countsProperty().stream().map(PlatformCount::preview).collect(Collectors.joining("\n\n")));
        model.countsProperty().addListener((ListChangeListener<PlatformCount>) change -> showPreview.run());
        showPreview.run();
        TitledPane previewPane = new TitledPane("Preview: first line and the posts that go out", preview);
        previewPane.setExpanded(false);

        VBox box = new VBox(
                8, row("Type", type), row("Platforms", platforms), title, caption, counts, previewPane, tags, prompts);
        VBox.setVgrow(caption, Priority.ALWAYS);
        return box;
    }

    private static Node countLabel(PlatformCount count) {
        Label label = new Label(count.summary());
        label.setId("editor-count-" + count.platform().storedValue());
        label.setWrapText(true);
        label.getStyleClass().add(count.overLimit() ? Styles.DANGER : Styles.TEXT_MUTED);
        return label;
    }

    private Node sidePanel() {
        Label heading = new Label("Compliance");
        heading.getStyleClass().add(Styles.TITLE_4);
        ListView<ComplianceIssue> issues = new ListView<>(model.issuesProperty());
        issues.setId("editor-issues");
        issues.setPlaceholder(new Label("No issues in the caption"));
        issues.setCellFactory(list -> new ComplianceIssueCell(issue ->
                ComplianceIssueCell.quoted(issue, model.checkedCaptionProperty().get())));
        issues.getSelectionModel().selectedItemProperty().addListener((o, was, issue) -> {
            if (issue != null) {
                select(issue);
            }
        });
        VBox.setVgrow(issues, Priority.ALWAYS);
        ListView<String> refusals = new ListView<>(model.refusalsProperty());
        refusals.setId("editor-refusals");
        refusals.setPrefHeight(90);
        refusals.getStyleClass().add(Styles.DANGER);
        refusals.visibleProperty().bind(model.refusalsProperty().emptyProperty().not());
        refusals.managedProperty().bind(refusals.visibleProperty());
        VBox panel = new VBox(8, heading, issues, refusals);
        panel.setPrefWidth(340);
        panel.setPadding(new Insets(0, 0, 0, 16));
        return panel;
    }

    private void select(ComplianceIssue issue) {
        int length = caption.getLength();
        // the list may be one check behind the text; never select past its end
        caption.selectRange(Math.min(issue.start(), length), Math.min(issue.end(), length));
        caption.requestFocus();
    }

    private static Node row(String name, Node control) {
        Label label = new Label(name);
        label.setMinWidth(72);
        label.setLabelFor(control);
        HBox row = new HBox(8, label, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
