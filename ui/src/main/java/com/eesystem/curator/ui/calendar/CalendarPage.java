package com.eesystem.curator.ui.calendar;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.ui.page.EmptyState;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.page.PageFrame;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The weekly publication calendar: one column per day, Monday first. Scheduled posts arrive with the
 * scheduling capability; the week navigation already works.
 */
public final class CalendarPage implements Page {

    static final String EMPTY_HEADLINE = "Nothing scheduled this week";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

    private final CalendarViewModel model;
    private final GridPane week = new GridPane();
    private final PageFrame view;

    public CalendarPage(PageContext context) {
        this.model = new CalendarViewModel(context.clock());
        VBox content = new VBox(16, navigation(), week, new StackPane(emptyState()));
        VBox.setVgrow(week, Priority.NEVER);
        this.view = new PageFrame(id(), title(), "The themed weekly plan: what goes out, where and when.", content);
        model.weekStartProperty().addListener((property, before, now) -> fillWeek());
        fillWeek();
    }

    private Node navigation() {
        Button previous = new Button("‹ Previous");
        previous.setId("calendar-previous");
        previous.setOnAction(event -> model.previousWeek());
        Button today = new Button("This week");
        today.setId("calendar-today");
        today.setOnAction(event -> model.today());
        Button next = new Button("Next ›");
        next.setId("calendar-next");
        next.setOnAction(event -> model.nextWeek());
        Label heading = new Label();
        heading.setId("calendar-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(model.headingProperty());
        HBox bar = new HBox(8, previous, today, next, heading);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(heading, new javafx.geometry.Insets(0, 0, 0, 12));
        return bar;
    }

    private void fillWeek() {
        week.getChildren().clear();
        week.getColumnConstraints().clear();
        week.setHgap(8);
        week.getStyleClass().add("calendar-week");
        int column = 0;
        for (LocalDate day : model.days()) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / 7);
            week.getColumnConstraints().add(constraints);
            Label name = new Label(DAY.format(day));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            if (model.isToday(day)) {
                name.getStyleClass().add(Styles.ACCENT);
            }
            Label slots = new Label("No posts");
            slots.getStyleClass().add(Styles.TEXT_MUTED);
            VBox cell = new VBox(6, name, slots);
            cell.getStyleClass().add("calendar-day");
            cell.setMinHeight(96);
            week.add(cell, column++, 0);
        }
    }

    private static Node emptyState() {
        return new EmptyState(
                "▦",
                EMPTY_HEADLINE,
                "Approved posts are placed here per platform and time slot, following the week's theme;"
                        + " Curator publishes them when they are due.",
                "Approve an item in Review first — only approved content can be scheduled.");
    }

    @Override
    public String id() {
        return "calendar";
    }

    @Override
    public String title() {
        return "Calendar";
    }

    @Override
    public Node view() {
        return view;
    }
}
