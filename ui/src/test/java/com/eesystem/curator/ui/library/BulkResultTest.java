package com.eesystem.curator.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BulkResultTest {

    @Test
    void theSummarySaysHowManyWereDoneAndNamesTheFirstRefusal() {
        assertThat(new BulkResult(BulkAction.SUBMIT, 3, List.of()).summary()).isEqualTo("3 submitted");
        assertThat(new BulkResult(
                                BulkAction.SUBMIT,
                                3,
                                List.of("'Sleep claim' failed the medical claim check (critical)"))
                        .summary())
                .isEqualTo("3 submitted, 1 refused: 'Sleep claim' failed the medical claim check (critical)");
        assertThat(new BulkResult(BulkAction.ARCHIVE, 0, List.of("'A' is in review", "'B' is in review")).summary())
                .isEqualTo("0 archived, 2 refused: 'A' is in review (and 1 more, listed below)");
    }

    @Test
    void aCancelledRunSaysHowManyWereLeftAsTheyWere() {
        assertThat(new BulkResult(BulkAction.ARCHIVE, 2, List.of(), 8).summary())
                .isEqualTo("2 archived; cancelled: 8 left as they were");
        assertThat(new BulkResult(BulkAction.SUBMIT, 1, List.of("'A' is in review"), 3).summary())
                .isEqualTo("1 submitted, 1 refused: 'A' is in review; cancelled: 3 left as they were");
    }
}
