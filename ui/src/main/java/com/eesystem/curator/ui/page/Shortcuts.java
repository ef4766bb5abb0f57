package com.eesystem.curator.ui.page;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The workstation's command shortcuts, in one place: the menus use them as accelerators and the
 * buttons name them in their tooltips through {@link #hint}, so the two never disagree.
 */
public final class Shortcuts {
    private Shortcuts() {}

    /** File › New draft. */
    public static final KeyCombination NEW_DRAFT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    /** Edit › Save draft. */
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    /** Edit › Submit for review. */
    public static final KeyCombination SUBMIT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    /** Edit › Find in library. */
    public static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    /** Review › Approve. */
    public static final KeyCombination APPROVE =
            new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    /** Review › Request changes (R for "return to the author"; the decision needs a comment). */
    public static final KeyCombination REQUEST_CHANGES =
            new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    /**
     * Review › Reject (the decision needs a comment). J, not R or X: R is Request changes and Ctrl+Shift+X
     * is too close to Cut for a decision that ends the item's review.
     */
    public static final KeyCombination REJECT =
            new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    /** "Save now (Ctrl+S)": a tooltip or prompt text naming the shortcut as this platform writes it. */
    public static String hint(String text, KeyCombination shortcut) {
        return text + " (" + shortcut.getDisplayText() + ")";
    }
}
