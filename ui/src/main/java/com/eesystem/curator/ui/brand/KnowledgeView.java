package com.eesystem.curator.ui.brand;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.ui.page.CellLines;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Knowledge tab: a keyword search over the active brand knowledge and the entries it finds, each
 * with its type, category and text; the empty state shows while there is none at all.
 */
final class KnowledgeView extends VBox {

    KnowledgeView(KnowledgeViewModel model, Node empty) {
        super(8);
        setId("knowledge-view");
        TextField search = new TextField();
        search.setId("knowledge-search");
        search.setPromptText("Search voice notes, facts and approved claims");
        search.setAccessibleText("Search the brand knowledge");
        search.textProperty().bindBidirectional(model.keywordsProperty());
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(event -> model.refresh());
        search.textProperty().addListener((o, was, now) -> typing.playFromStart());
        Label count = new Label();
        count.setId("knowledge-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(model.messageProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox bar = new HBox(8, search, count);

        ListView<BrandKnowledge> list = new ListView<>(model.rowsProperty());
        list.setId("knowledge-list");
        list.setAccessibleText("Brand knowledge entries");
        list.setPlaceholder(model.keywordsProperty().get().isBlank() ? empty : new Label("Nothing matches"));
        model.keywordsProperty()
                .addListener((o, was, now) ->
                        list.setPlaceholder(now.isBlank() ? empty : new Label("Nothing matches the search")));
        list.setCellFactory(view -> new EntryCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(bar, list);
    }

    /** Title, "claim · medical", and the text wrapped to the list's width. */
    private static final class EntryCell extends ListCell<BrandKnowledge> {
        @Override
        protected void updateItem(BrandKnowledge entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(entry.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label kind = new Label(entry.knowledgeType().storedValue() + " · "
                    + entry.category().storedValue());
            kind.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            setGraphic(CellLines.of(this, List.of(title, kind, new Label(entry.content()))));
        }
    }
}
