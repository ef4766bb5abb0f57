package com.eesystem.curator.ui.settings;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.page.PageFrame;
import com.eesystem.curator.ui.theme.ThemeSwitch;
import com.eesystem.curator.ui.theme.ThemeSwitch.Appearance;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Settings: the look (light, dark or the system's, remembered), where the data lives, the team servers
 * (AstraDB or Cassandra, and Redis, with "Test connection") and the local backups.
 */
public final class SettingsPage implements Page {

    static final String NOT_CONFIGURED = "Not configured — Curator works offline on this computer";

    private final PageFrame view;
    private final SettingsViewModel model;
    private final DemoWorkspaceSection demo;

    /** A page without an app behind it: nothing configured, nothing to back up. */
    public SettingsPage(PageContext context) {
        this(context, SettingsServices.unavailable());
    }

    public SettingsPage(PageContext context, SettingsServices services) {
        this(context, services, null);
    }

    /** With the "Demo workspace" section (whether the first start's demo is here, and "Clear demo"). */
    public SettingsPage(PageContext context, SettingsServices services, DemoWorkspaceControls demo) {
        this.model = new SettingsViewModel(services, context.background());
        VBox sections = new VBox(
                24,
                section("Appearance", appearance(context.themes())),
                section("Data folder", dataFolder(context)),
                section("Team servers", new ServersView(model)),
                section("Backups of this computer's store", new BackupsView(model)));
        if (demo != null) {
            this.demo = new DemoWorkspaceSection(demo, context.background());
            sections.getChildren().add(section("Demo workspace", this.demo));
            this.demo.refresh();
        } else {
            this.demo = null;
        }
        sections.setPadding(new Insets(0, 8, 8, 0));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        this.view = new PageFrame(
                id(), title(), "How Curator looks, where it keeps your work, whom it syncs with.", scroll);
        model.load();
    }

    private static Node section(String name, Node body) {
        Label heading = new Label(name);
        heading.getStyleClass().add(Styles.TITLE_4);
        return new VBox(8, heading, body);
    }

    private static Node appearance(ThemeSwitch themes) {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        Appearance[] all = Appearance.values();
        for (int index = 0; index < all.length; index++) {
            Appearance appearance = all[index];
            ToggleButton button = new ToggleButton(appearance.displayName());
            button.setId("appearance-" + appearance.name().toLowerCase(Locale.ROOT));
            button.setUserData(appearance);
            button.setToggleGroup(group);
            button.getStyleClass()
                    .add(
                            index == 0
                                    ? Styles.LEFT_PILL
                                    : index == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            buttons.getChildren().add(button);
        }
        selectButton(group, themes.appearance());
        themes.appearanceProperty().addListener((property, before, now) -> selectButton(group, now));
        group.selectedToggleProperty().addListener((property, before, now) -> {
            if (now == null) {
                // a pill group always has one look chosen: clicking the chosen one keeps it
                selectButton(group, themes.appearance());
            } else {
                themes.select((Appearance) now.getUserData());
            }
        });
        Label hint = new Label("System follows your computer's light/dark setting. Also in View → Dark theme"
                + " (Ctrl+Shift+D). Remembered for the next start.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return new VBox(6, buttons, hint);
    }

    private static void selectButton(ToggleGroup group, Appearance appearance) {
        group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == appearance)
                .findFirst()
                .ifPresent(group::selectToggle);
    }

    private Node dataFolder(PageContext context) {
        TextField path = new TextField(context.dataDirectory().toString());
        path.setId("settings-data-dir");
        path.setEditable(false);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button open = new Button("Open folder");
        open.setId("settings-open-folder");
        open.setAccessibleText("Open the data folder in the file manager");
        open.setOnAction(event -> model.openDataFolder());
        Label hint = new Label("The local database, logs (logs/curator.log), backups and the connection key."
                + " Change it with --data-dir DIR or the CURATOR_DATA_DIR environment variable.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return new VBox(6, new HBox(8, path, open), hint);
    }

    SettingsViewModel model() {
        return model;
    }

    @Override
    public void shown() {
        model.refreshBackups();
    }

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public String title() {
        return "Settings";
    }

    @Override
    public Node view() {
        return view;
    }
}
