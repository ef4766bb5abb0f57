package com.eesystem.curator.ui.library;

/** What the library does to every selected item at once. */
public enum BulkAction {
    /** Runs the checks and sends each draft to review (SubmitForReview). */
    SUBMIT("submitted", "Submitting"),
    /** Takes each item out of circulation (ArchiveContent). */
    ARCHIVE("archived", "Archiving");

    private final String done;
    private final String running;

    BulkAction(String done, String running) {
        this.done = done;
        this.running = running;
    }

    /** The progress line's verb ("Submitting 3 of 40…"). */
    String running() {
        return running;
    }

    /** The past tense for the summary ("3 submitted"). */
    String done() {
        return done;
    }
}
