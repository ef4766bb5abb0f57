package com.eesystem.curator.ui.page;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What a page shows while it has nothing to show: what will be here, and the first thing to do. Every
 * page uses it, so an empty Curator reads as a product with instructions, not as a blank window.
 */
public final class EmptyState extends VBox {

    /**
     * @param symbol one large glyph that marks the page
     * @param headline the state in a few words ("No content yet")
     * @param explanation what this page will hold once there is data
     * @param firstStep what to do first, naming the shortcut or command
     */
    public EmptyState(String symbol, String headline, String explanation, String firstStep) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(10);
        setMaxWidth(560);
        getChildren().addAll(symbol(symbol), headline(headline), explanation(explanation), firstStep(firstStep));
    }

    private static Label symbol(String symbol) {
        Label label = new Label(symbol);
        label.getStyleClass().add("empty-state-symbol");
        label.setAccessibleText("");
        return label;
    }

    private static Label headline(String headline) {
        Label label = new Label(headline);
        label.getStyleClass().addAll(Styles.TITLE_3, "empty-state-headline");
        return label;
    }

    private static Label explanation(String explanation) {
        Label label = new Label(explanation);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, "empty-state-explanation");
        label.setWrapText(true);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return label;
    }

    private static Label firstStep(String firstStep) {
        Label label = new Label(firstStep);
        label.getStyleClass().addAll(Styles.ACCENT, Styles.TEXT_BOLD, "empty-state-first-step");
        label.setWrapText(true);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return label;
    }
}
