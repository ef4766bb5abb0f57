package com.eesystem.curator.ui.library;

import java.util.List;

/**
 * What a bulk action did.
 *
 * @param refusals one line per refused item: its title and why, in plain words
 */
record BulkResult(BulkAction action, int done, List<String> refusals) {

    BulkResult {
        refusals = List.copyOf(refusals);
    }

    /** "3 submitted", "3 submitted, 1 refused: 'Title' failed the medical claim check (critical)". */
    String summary() {
        String summary = done + " " + action.done();
        if (refusals.isEmpty()) {
            return summary;
        }
        summary += ", " + refusals.size() + " refused: " + refusals.getFirst();
        return refusals.size() == 1 ? summary : summary + " (and " + (refusals.size() - 1) + " more, listed below)";
    }
}
