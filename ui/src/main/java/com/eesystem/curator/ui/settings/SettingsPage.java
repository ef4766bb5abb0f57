package com.eesystem.curator.ui.settings;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.page.PageFrame;
import com.eesystem.curator.ui.theme.ThemeSwitch;
import com.eesystem.curator.ui.theme.ThemeSwitch.Appearance;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Settings: the look (light/dark, remembered), where the data lives, and the team servers. Until the
 * connection settings arrive with the team-store work, the servers section says how Curator runs
 * without them.
 */
public final class SettingsPage implements Page {

    static final String NOT_CONFIGURED = "Not configured — Curator works offline on this computer";

    private final PageFrame view;

    public SettingsPage(PageContext context) {
        VBox sections = new VBox(
                24,
                section("Appearance", appearance(context.themes())),
                section("Data folder", dataFolder(context)),
                section("Team servers", servers()));
        sections.setPadding(new Insets(0, 8, 8, 0));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        this.view = new PageFrame(
                id(), title(), "How Curator looks, where it keeps your work, whom it syncs with.", scroll);
    }

    private static Node section(String name, Node body) {
        Label heading = new Label(name);
        heading.getStyleClass().add(Styles.TITLE_4);
        return new VBox(8, heading, body);
    }

    private static Node appearance(ThemeSwitch themes) {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        for (Appearance appearance : Appearance.values()) {
            ToggleButton button = new ToggleButton(appearance.displayName());
            button.setId("appearance-" + appearance.name().toLowerCase(java.util.Locale.ROOT));
            button.setUserData(appearance);
            button.setToggleGroup(group);
            button.getStyleClass().add(appearance.ordinal() == 0 ? Styles.LEFT_PILL : Styles.RIGHT_PILL);
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
        Label hint = new Label("Also in View → Dark theme (Ctrl+Shift+D). Remembered for the next start.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(6, buttons, hint);
    }

    private static void selectButton(ToggleGroup group, Appearance appearance) {
        group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == appearance)
                .findFirst()
                .ifPresent(group::selectToggle);
    }

    private static Node dataFolder(PageContext context) {
        TextField path = new TextField(context.dataDirectory().toString());
        path.setId("settings-data-dir");
        path.setEditable(false);
        path.setPrefColumnCount(48);
        Label hint = new Label("The local database, logs (logs/curator.log) and backups. Change it with"
                + " --data-dir DIR or the CURATOR_DATA_DIR environment variable.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return new VBox(6, path, hint);
    }

    private static Node servers() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        grid.addRow(0, bold("AstraDB (team store)"), muted(NOT_CONFIGURED));
        grid.addRow(1, bold("Redis (live layer)"), muted(NOT_CONFIGURED));
        Label hint = new Label("This build has no team sync set up: everything you write is saved on this"
                + " computer and waits in the local store until a team server is configured.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox box = new VBox(8, grid, hint);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
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
