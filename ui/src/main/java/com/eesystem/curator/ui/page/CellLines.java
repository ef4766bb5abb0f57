package com.eesystem.curator.ui.page;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Labels stacked in a list cell, each wrapped to the list's width, as the cell's graphic. */
public final class CellLines {
    private CellLines() {}

    public static VBox of(ListCell<?> cell, List<Label> lines) {
        for (Label label : lines) {
            label.setWrapText(true);
            // a label in a list cell wraps only with a fixed preferred width and its full height
            label.prefWidthProperty().bind(cell.getListView().widthProperty().subtract(36));
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(2);
        box.getChildren().addAll(lines);
        return box;
    }
}
