package com.eesystem.curator.ui.brand;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.stored.StoredEnum;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Guidelines tab: the list on the left, the form on the right. Non-admins see the same form read-only,
 * with a line saying who may change the rules.
 */
final class GuidelinesView extends SplitPane {

    GuidelinesView(GuidelinesViewModel model, Node emptyState) {
        setId("guidelines-editor");
        TableView<BrandGuideline> table = table(model, emptyState);
        getItems().addAll(table, new ScrollPane(form(model)));
        setDividerPositions(0.42);
        table.getSelectionModel().selectedItemProperty().addListener((property, before, selected) -> {
            if (selected != null) {
                model.edit(selected);
            }
        });
    }

    private static TableView<BrandGuideline> table(GuidelinesViewModel model, Node emptyState) {
        TableView<BrandGuideline> table = new TableView<>(model.rowsProperty());
        table.setId("guideline-table");
        table.setPlaceholder(emptyState);
        table.getColumns().add(column("Guideline", guideline -> guideline.title(), 220));
        table.getColumns()
                .add(column("Severity", guideline -> guideline.severityLevel().storedValue(), 90));
        table.getColumns()
                .add(column("Type", guideline -> guideline.guidelineType().storedValue(), 90));
        table.getColumns()
                .add(column(
                        "Platforms",
                        guideline -> guideline.platforms().isEmpty()
                                ? "all"
                                : guideline.platforms().stream()
                                        .map(Platform::storedValue)
                                        .collect(Collectors.joining(", ")),
                        150));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableColumn<BrandGuideline, String> column(
            String name, java.util.function.Function<BrandGuideline, String> value, double width) {
        TableColumn<BrandGuideline, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static Node form(GuidelinesViewModel model) {
        Label heading = new Label();
        heading.textProperty().bind(model.formHeadingProperty());
        heading.getStyleClass().add(Styles.TITLE_4);

        TextField title = new TextField();
        title.setId("guideline-title");
        title.textProperty().bindBidirectional(model.title);
        ComboBox<GuidelineType> type = choice("guideline-type", GuidelineType.values());
        type.valueProperty().bindBidirectional(model.type);
        ComboBox<GuidelineCategory> category = choice("guideline-category", GuidelineCategory.values());
        category.valueProperty().bindBidirectional(model.category);
        ComboBox<SeverityLevel> severity = choice("guideline-severity", SeverityLevel.values());
        severity.valueProperty().bindBidirectional(model.severity);
        TextArea requirements = area("guideline-requirements", "One per line, e.g. Always spell the brand 'EESystem'");
        requirements.textProperty().bindBidirectional(model.requirements);
        TextArea restrictions = area("guideline-restrictions", "One per line, e.g. Never call sessions 'cheap'");
        restrictions.textProperty().bindBidirectional(model.restrictions);
        TextArea examples = area("guideline-examples", "Do: ...  Don't: ...");
        examples.textProperty().bindBidirectional(model.examples);
        TextArea description = area("guideline-description", "Why the rule exists");
        description.textProperty().bindBidirectional(model.description);
        FlowPane platforms = new FlowPane(10, 6);
        model.platforms.forEach((platform, selected) -> {
            CheckBox box = new CheckBox(platform.storedValue());
            box.setId("guideline-platform-" + platform.storedValue());
            box.selectedProperty().bindBidirectional(selected);
            platforms.getChildren().add(box);
        });
        Label platformsHint = new Label("none ticked: every platform");
        platformsHint.getStyleClass().add(Styles.TEXT_MUTED);

        GridPane grid = new GridPane(12, 8);
        int row = 0;
        grid.addRow(row++, new Label("Title"), title);
        grid.addRow(row++, new Label("Type"), type);
        grid.addRow(row++, new Label("Category"), category);
        grid.addRow(row++, new Label("Severity"), severity);
        grid.addRow(row++, new Label("Platforms"), new VBox(4, platforms, platformsHint));
        grid.addRow(row++, new Label("Requirements"), requirements);
        grid.addRow(row++, new Label("Restrictions"), restrictions);
        grid.addRow(row++, new Label("Examples"), examples);
        grid.addRow(row, new Label("Description"), description);

        Button add = new Button("New guideline");
        add.setId("guideline-new");
        add.setOnAction(event -> model.newGuideline());
        Button save = new Button("Save guideline");
        save.setId("guideline-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save());
        Label message = new Label();
        message.setId("guideline-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        VBox form = new VBox(12, heading, grid, new HBox(8, save, add), message);
        form.setPadding(new Insets(8, 12, 8, 12));
        if (!model.canManage()) {
            grid.setDisable(true);
            save.setVisible(false);
            add.setVisible(false);
            Label readOnly =
                    new Label("Only an admin can change the brand rules; every draft is checked against them.");
            readOnly.setId("guideline-read-only");
            readOnly.getStyleClass().add(Styles.TEXT_MUTED);
            form.getChildren().add(1, readOnly);
        }
        return form;
    }

    private static <E extends Enum<E> & StoredEnum> ComboBox<E> choice(String id, E[] values) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : value.storedValue();
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        return area;
    }
}
