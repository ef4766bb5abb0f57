package com.eesystem.curator.ui.shell;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.ui.theme.ThemeSwitch;
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

        Region redisDot = new Region();
        redisDot.getStyleClass().add("connectivity-dot");
        model.liveLayerOnlineProperty()
                .addListener((property, before, now) -> redisDot.pseudoClassStateChanged(ONLINE, now));
        Label redis = label("status-redis", model.liveLayerProperty());
        redis.setGraphic(redisDot);
        redis.setGraphicTextGap(8);
        redis.visibleProperty().bind(model.liveLayerProperty().isNotEmpty());
        redis.managedProperty().bind(redis.visibleProperty());

        Button syncNow = new Button("Sync now");
        syncNow.setId("status-sync-now");
        syncNow.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        syncNow.setTooltip(new Tooltip("Push this computer's changes and pull the team's now"));
        syncNow.setFocusTraversable(false);
        syncNow.visibleProperty().bind(model.canSyncNowProperty());
        syncNow.managedProperty().bind(syncNow.visibleProperty());
        syncNow.setOnAction(event -> model.syncNow());

        // the status bar's own text would be centred between the item lists; the items keep the order fixed
        setText("");
        getLeftItems().addAll(connectivity, redis, separator(), pending, separator(), lastSync, lastError);
        getRightItems().addAll(syncNow, themeButton(themes));
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
                        () -> themes.isDark() ? "☀ Light theme" : "☾ Dark theme", themes.darkProperty()));
        button.setTooltip(new Tooltip("Switch between the light and dark look (Ctrl+Shift+D)"));
        button.setAccessibleText("Switch between the light and dark look");
        button.setFocusTraversable(false);
        button.setOnAction(event -> themes.toggle());
        return button;
    }
}
