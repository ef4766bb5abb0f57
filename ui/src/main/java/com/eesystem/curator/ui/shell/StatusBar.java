package com.eesystem.curator.ui.shell;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.ui.theme.ThemeSwitch;
import com.eesystem.curator.ui.theme.ThemeSwitch.Appearance;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The bottom line of the window, on ControlsFX's status bar: connection (with a dot that turns green
 * online), pending changes, last sync, last error, and the theme switch.
 */
final class StatusBar extends org.controlsfx.control.StatusBar {

    private static final PseudoClass ONLINE = PseudoClass.getPseudoClass("online");

    StatusBar(StatusBarViewModel model, ThemeSwitch themes) {
        setId("status-bar");
        getStyleClass().add("curator-status-bar");

        Region dot = new Region();
        dot.getStyleClass().add("connectivity-dot");
        model.onlineProperty().addListener((property, before, now) -> dot.pseudoClassStateChanged(ONLINE, now));
        dot.pseudoClassStateChanged(ONLINE, model.onlineProperty().get());

        Label connectivity = label("status-connectivity", model.connectivityProperty());
        connectivity.setGraphic(dot);
        connectivity.setGraphicTextGap(8);
        Label pending = label("status-pending", model.pendingChangesProperty());
        Label lastSync = label("status-last-sync", model.lastSyncProperty());
        Label lastError = label("status-last-error", model.lastErrorProperty());
        lastError.getStyleClass().add(Styles.DANGER);
        lastError.visibleProperty().bind(model.lastErrorProperty().isNotEmpty());
        lastError.managedProperty().bind(lastError.visibleProperty());

        // the status bar's own text would be centred between the item lists; the items keep the order fixed
        setText("");
        getLeftItems().addAll(connectivity, separator(), pending, separator(), lastSync, lastError);
        getRightItems().add(themeButton(themes));
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        label.textProperty().bind(text);
        return label;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private static Button themeButton(ThemeSwitch themes) {
        Button button = new Button();
        button.setId("theme-toggle");
        button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        button.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> themes.appearance() == Appearance.LIGHT ? "☾ Dark theme" : "☀ Light theme",
                        themes.appearanceProperty()));
        button.setTooltip(new Tooltip("Switch between the light and dark look (Ctrl+Shift+D)"));
        button.setAccessibleText("Switch between the light and dark look");
        button.setFocusTraversable(false);
        button.setOnAction(event -> themes.toggle());
        return button;
    }
}
