package com.eesystem.curator.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.ui.editor.EditHistory.Fields;
import org.junit.jupiter.api.Test;

/** One undo history across title, caption and hashtags; a burst of typing in one field is one step. */
class EditHistoryTest {

    private final EditHistory history = new EditHistory();

    @Test
    void typingInOneFieldWithoutAPauseIsOneStep() {
        history.edited("caption", new Fields("", "", ""), 0);
        history.edited("caption", new Fields("", "a", ""), 200);
        history.edited("caption", new Fields("", "ab", ""), 400);

        assertThat(history.undo(new Fields("", "abc", ""))).contains(new Fields("", "", ""));
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void aPauseOrAnotherFieldStartsANewStepAndRedoWalksForward() {
        history.edited("caption", new Fields("", "", ""), 0);
        history.edited("caption", new Fields("", "a", ""), EditHistory.BURST_MILLIS + 1);
        history.edited("title", new Fields("", "ab", ""), EditHistory.BURST_MILLIS + 2);
        Fields now = new Fields("T", "ab", "");

        Fields back = history.undo(now).orElseThrow();
        assertThat(back).isEqualTo(new Fields("", "ab", ""));
        Fields further = history.undo(back).orElseThrow();
        assertThat(further).isEqualTo(new Fields("", "a", ""));
        assertThat(history.redo(further)).contains(back);
        assertThat(history.redo(back)).contains(now);
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void aNewEditAfterUndoDropsWhatCouldBeRedone() {
        history.edited("hashtags", new Fields("", "", ""), 0);
        history.undo(new Fields("", "", "#calm"));
        assertThat(history.canRedo()).isTrue();

        history.edited("title", new Fields("", "", ""), 5_000);

        assertThat(history.canRedo()).isFalse();
    }
}
