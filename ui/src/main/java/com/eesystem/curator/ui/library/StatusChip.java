package com.eesystem.curator.ui.library;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentStatus;
import javafx.scene.control.Label;

/** A small rounded label for a status, coloured by what it means (library.css styles "status-chip"). */
final class StatusChip {

    private StatusChip() {}

    static Label of(ContentStatus status) {
        String tone = switch (status) {
            case DRAFT -> null;
            case IN_REVIEW, SCHEDULED -> Styles.ACCENT;
            case APPROVED, PUBLISHED -> Styles.SUCCESS;
            case ARCHIVED -> Styles.TEXT_MUTED;
        };
        return chip(status.storedValue().replace('_', ' '), tone, "status-" + status.storedValue());
    }

    static Label of(ComplianceStatus status) {
        String tone = switch (status) {
            case PENDING -> null;
            case APPROVED -> Styles.SUCCESS;
            case REVIEW -> Styles.WARNING;
            case REJECTED -> Styles.DANGER;
        };
        return chip(status.storedValue(), tone, "compliance-" + status.storedValue());
    }

    private static Label chip(String text, String tone, String id) {
        Label chip = new Label(text);
        chip.getStyleClass().add("status-chip");
        if (tone != null) {
            chip.getStyleClass().add(tone);
        }
        chip.setUserData(id);
        chip.setAccessibleText(text);
        return chip;
    }
}
