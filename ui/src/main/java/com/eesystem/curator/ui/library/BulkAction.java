package com.eesystem.curator.ui.library;

/** What the library does to every selected item at once. */
public enum BulkAction {
    /** Runs the checks and sends each draft to review (SubmitForReview). */
    SUBMIT("submitted"),
    /** Takes each item out of circulation (ArchiveContent). */
    ARCHIVE("archived");

    private final String done;

    BulkAction(String done) {
        this.done = done;
    }

    /** The past tense for the summary ("3 submitted"). */
    String done() {
        return done;
    }
}
