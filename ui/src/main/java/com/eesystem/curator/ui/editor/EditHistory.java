package com.eesystem.curator.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo across the editor's title, caption and hashtags: one history for the three fields, so
 * Ctrl+Z walks back through the draft whatever field has the focus. Typing in one field without a pause
 * of {@value #BURST_MILLIS} ms is one step (undo takes back a burst of typing, not a character).
 */
final class EditHistory {

    static final long BURST_MILLIS = 1000;
    private static final int LIMIT = 200;

    /** The three fields at one moment. */
    record Fields(String title, String caption, String hashtags) {}

    private final Deque<Fields> undo = new ArrayDeque<>();
    private final Deque<Fields> redo = new ArrayDeque<>();
    private String lastField;
    private long lastAt;

    /** {@code field} changed at {@code atMillis}; {@code before} is how the three fields were just before. */
    void edited(String field, Fields before, long atMillis) {
        boolean sameBurst = field.equals(lastField) && atMillis - lastAt < BURST_MILLIS;
        if (!sameBurst) {
            undo.push(before);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        lastField = field;
        lastAt = atMillis;
    }

    /** The fields to restore for one step back, given how they are now; empty when there is none. */
    Optional<Fields> undo(Fields now) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(now);
        lastField = null;
        return Optional.of(undo.pop());
    }

    /** The fields to restore for one step forward again; empty when nothing was undone. */
    Optional<Fields> redo(Fields now) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(now);
        lastField = null;
        return Optional.of(redo.pop());
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    void clear() {
        undo.clear();
        redo.clear();
        lastField = null;
    }
}
