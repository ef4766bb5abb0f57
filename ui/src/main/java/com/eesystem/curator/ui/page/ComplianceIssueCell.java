package com.eesystem.curator.ui.page;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/**
 * One compliance finding in a list, as the editor and the review desk show it: the severity and where
 * the words are, the explanation, the safer wording and the rule, wrapped to the list's width; the
 * tooltip repeats the rule, its check and the suggested wording.
 */
public final class ComplianceIssueCell extends ListCell<ComplianceIssue> {

    private final Function<ComplianceIssue, String> where;

    /**
     * @param where what follows the severity on the first line: the flagged words as they read now
     *     (e.g. {@code "cures insomnia"} in quotes), the field they are in, or empty
     */
    public ComplianceIssueCell(Function<ComplianceIssue, String> where) {
        this.where = where;
    }

    @Override
    protected void updateItem(ComplianceIssue issue, boolean empty) {
        super.updateItem(issue, empty);
        setText(null);
        if (empty || issue == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        String location = where.apply(issue);
        Label severity = new Label(
                issue.severity().storedValue().toUpperCase(Locale.ROOT) + (location.isEmpty() ? "" : " · " + location));
        severity.getStyleClass().addAll(issue.critical() ? Styles.DANGER : Styles.WARNING, Styles.TEXT_BOLD);
        List<Label> lines = new ArrayList<>(List.of(severity, new Label(issue.explanation())));
        if (issue.hasSuggestion()) {
            Label suggestion = new Label("Safer: " + issue.suggestion());
            suggestion.getStyleClass().add(Styles.SUCCESS);
            lines.add(suggestion);
        }
        Label rule = new Label("Rule " + issue.ruleId());
        rule.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        lines.add(rule);
        setGraphic(CellLines.of(this, lines));
        setTooltip(
                new Tooltip("Rule " + issue.ruleId() + " (" + issue.checkType().storedValue() + ")\n"
                        + issue.explanation()
                        + (issue.hasSuggestion() ? "\nSuggested wording: " + issue.suggestion() : "")));
    }

    /** The flagged words of {@code issue} in {@code text}, quoted; empty when the issue has no span. */
    public static String quoted(ComplianceIssue issue, String text) {
        return issue.end() > issue.start() ? "\"" + issue.excerptOf(text) + "\"" : "";
    }
}
