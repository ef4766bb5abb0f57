package com.eesystem.curator.ui.shell;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.Shortcuts;
import com.eesystem.curator.ui.theme.ThemeSwitch;
import com.eesystem.curator.ui.theme.ThemeSwitch.Appearance;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: menu bar on top, navigation on the left, the chosen page in the middle,
 * the status bar at the bottom. The pages live as long as the window, so each keeps its state.
 */
final class ShellView extends BorderPane {

    private static final KeyCode[] DIGITS = {
        KeyCode.DIGIT1,
        KeyCode.DIGIT2,
        KeyCode.DIGIT3,
        KeyCode.DIGIT4,
        KeyCode.DIGIT5,
        KeyCode.DIGIT6,
        KeyCode.DIGIT7,
        KeyCode.DIGIT8,
        KeyCode.DIGIT9
    };

    private final List<Page> pages;
    private final ShellViewModel model;
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();

    /**
     * Who works in the window, shown under the brand, and what File › Switch user does.
     *
     * @param who name and role, e.g. "Rita · reviewer"
     */
    record SignedIn(String who, Runnable switchUser) {}

    private final SignedIn signedIn;

    /** @param signedIn null when the window has no profile choice */
    ShellView(
            List<Page> pages, ShellViewModel model, StatusBarViewModel status, ThemeSwitch themes, SignedIn signedIn) {
        this.pages = List.copyOf(pages);
        this.model = model;
        this.signedIn = signedIn;
        setId("shell");
        getStyleClass().add("shell");
        setTop(menuBar(themes));
        setLeft(navigation());
        content.getStyleClass().add("shell-content");
        setCenter(content);
        setBottom(new StatusBar(status, themes));
        model.selectedProperty().addListener((property, before, now) -> show(now.intValue()));
        show(model.selectedProperty().get());
    }

    private Node navigation() {
        Label brand = new Label("Curator");
        brand.getStyleClass().addAll(Styles.TITLE_3, "shell-brand");
        VBox box = new VBox(4, brand);
        if (signedIn != null) {
            Label who = new Label(signedIn.who());
            who.setId("shell-user");
            who.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            who.setPadding(new Insets(0, 0, 8, 0));
            box.getChildren().add(who);
        }
        box.getStyleClass().add("shell-navigation");
        box.setPadding(new Insets(16, 10, 16, 10));
        box.setPrefWidth(200);
        for (int index = 0; index < pages.size(); index++) {
            Page page = pages.get(index);
            ToggleButton button = new ToggleButton(page.title());
            button.setId("nav-" + page.id());
            button.getStyleClass().addAll(Styles.FLAT, "shell-navigation-item");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(navigation);
            button.setTooltip(new javafx.scene.control.Tooltip(
                    page.title() + " (" + shortcut(index).getDisplayText() + ")"));
            int target = index;
            button.setOnAction(event -> {
                // a navigation entry stays pressed while its page shows, even when clicked again
                button.setSelected(true);
                model.select(target);
            });
            box.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        box.getChildren().add(spacer);
        return box;
    }

    private MenuBar menuBar(ThemeSwitch themes) {
        Menu file = new Menu("File");
        // the page that writes drafts (the library's editor) takes it from any page; a role that may not
        // write drafts (a reviewer) gets neither the item nor its shortcut
        pages.stream().filter(Page::offersNewDraft).findFirst().ifPresent(drafts -> {
            MenuItem newDraft = new MenuItem("New draft");
            newDraft.setId("menu-new-draft");
            newDraft.setAccelerator(Shortcuts.NEW_DRAFT);
            newDraft.setOnAction(event -> {
                drafts.startNewDraft();
                model.select(pages.indexOf(drafts));
            });
            file.getItems().addAll(newDraft, new SeparatorMenuItem());
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> getScene().getWindow().hide());
        if (signedIn != null) {
            MenuItem switchUser = new MenuItem("Switch user…");
            switchUser.setId("menu-switch-user");
            switchUser.setAccelerator(
                    new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
            switchUser.setOnAction(event -> signedIn.switchUser().run());
            file.getItems().addAll(switchUser, new SeparatorMenuItem());
        }
        file.getItems().add(quit);

        List<MenuItem> views = new ArrayList<>();
        for (int index = 0; index < pages.size(); index++) {
            MenuItem item = new MenuItem(pages.get(index).title());
            item.setId("menu-page-" + pages.get(index).id());
            item.setAccelerator(shortcut(index));
            int target = index;
            item.setOnAction(event -> model.select(target));
            views.add(item);
        }
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark-theme");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.setSelected(themes.isDark());
        themes.darkProperty().addListener((property, before, now) -> dark.setSelected(now));
        dark.setOnAction(event -> themes.select(dark.isSelected() ? Appearance.DARK : Appearance.LIGHT));
        Menu view = new Menu("View");
        view.getItems().addAll(views);
        view.getItems().addAll(new SeparatorMenuItem(), dark);

        MenuItem about = new MenuItem("About Curator");
        about.setOnAction(event -> about());
        Menu help = new Menu("Help", null, about);

        MenuBar bar = new MenuBar(file);
        pages.forEach(page -> bar.getMenus().addAll(page.menus()));
        bar.getMenus().addAll(view, help);
        bar.setId("menu-bar");
        return bar;
    }

    static KeyCombination shortcut(int index) {
        return new KeyCodeCombination(DIGITS[index], KeyCombination.SHORTCUT_DOWN);
    }

    private void show(int index) {
        Page page = pages.get(index);
        content.getChildren().setAll(page.view());
        navigation.getToggles().get(index).setSelected(true);
        page.shown();
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(getScene().getWindow());
        alert.setTitle("About Curator");
        alert.setHeaderText("Curator — the EESystem editorial workstation");
        alert.setContentText("Draft, check, review and schedule social content, online or offline.\n" + "Java "
                + Runtime.version() + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        alert.show();
    }
}
