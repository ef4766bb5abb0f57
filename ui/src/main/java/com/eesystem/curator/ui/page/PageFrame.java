package com.eesystem.curator.ui.page;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The common frame of a page: title, one line on what the page is for, optional tools, content. */
public final class PageFrame extends BorderPane {

    public PageFrame(String id, String title, String purpose, Node content, Node... tools) {
        setId("page-" + id);
        getStyleClass().add("page-frame");
        setPadding(new Insets(20, 24, 16, 24));
        setTop(header(title, purpose, tools));
        BorderPane.setMargin(content, new Insets(16, 0, 0, 0));
        setCenter(content);
    }

    private static Node header(String title, String purpose, Node... tools) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add(Styles.TITLE_2);
        Label purposeLabel = new Label(purpose);
        purposeLabel.getStyleClass().add(Styles.TEXT_MUTED);
        purposeLabel.setWrapText(true);
        VBox text = new VBox(4, titleLabel, purposeLabel);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, text, spacer);
        header.getChildren().addAll(tools);
        return header;
    }
}
