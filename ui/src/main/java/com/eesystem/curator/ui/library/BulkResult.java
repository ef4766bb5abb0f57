package com.eesystem.curator.ui.library;

import java.util.List;

/**
 * What a bulk action did.
 *
 * @param refusals one line per refused item: its title and why, in plain words
 * @param cancelled how many selected items were left as they were because the user cancelled
 */
record BulkResult(BulkAction action, int done, List<String> refusals, int cancelled) {

    BulkResult {
        refusals = List.copyOf(refusals);
        if (done < 0 || cancelled < 0) {
            throw new IllegalArgumentException(
                    "bulk result: done " + done + " and cancelled " + cancelled + " must not be negative");
        }
    }

    /** Ran to the end. */
    BulkResult(BulkAction action, int done, List<String> refusals) {
        this(action, done, refusals, 0);
    }

    /**
     * "3 submitted", "3 submitted, 1 refused: 'Title' failed the medical claim check (critical)",
     * "2 archived; cancelled: 8 left as they were".
     */
    String summary() {
        String summary = done + " " + action.done();
        if (!refusals.isEmpty()) {
            summary += ", " + refusals.size() + " refused: " + refusals.getFirst();
            if (refusals.size() > 1) {
                summary += " (and " + (refusals.size() - 1) + " more, listed below)";
            }
        }
        return cancelled == 0 ? summary : summary + "; cancelled: " + cancelled + " left as they were";
    }
}
