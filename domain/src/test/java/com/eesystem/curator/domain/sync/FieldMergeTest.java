package com.eesystem.curator.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.sync.FieldMerge.FieldKind;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldMergeTest {

    static final DeviceId DESK_A = DeviceId.of("desk-a");
    static final DeviceId DESK_B = DeviceId.of("desk-b");

    static ChangeStamp at(long millis, DeviceId device) {
        return new ChangeStamp(new HlcTimestamp(1_764_072_000_000L + millis, 0), device);
    }

    static final FieldVersion BASE = FieldVersion.first("\"Evening calm\"", at(0, DESK_A));

    @Test
    void concurrentEditsOfATextFieldKeepBothVersions() {
        var mine = BASE.editedTo("\"Evening calm, made simple\"", at(10, DESK_A));
        var theirs = BASE.editedTo("\"Calm evenings\"", at(20, DESK_B));

        var merge = FieldMerge.of(mine, theirs, FieldKind.TEXT);

        assertThat(merge).isInstanceOf(FieldMerge.Conflicted.class);
        assertThat(merge.result()).isEqualTo(theirs);
        assertThat(((FieldMerge.Conflicted) merge).other()).isEqualTo(mine);
    }

    @Test
    void anEditMadeAfterSeeingTheOtherWinsWithoutConflict() {
        var mine = BASE.editedTo("\"Evening calm, made simple\"", at(10, DESK_A));
        var theirs = mine.editedTo("\"Evening calm, made simpler\"", at(20, DESK_B));

        assertThat(FieldMerge.of(mine, theirs, FieldKind.TEXT)).isEqualTo(new FieldMerge.TookRemote(theirs));
        assertThat(FieldMerge.of(theirs, mine, FieldKind.TEXT)).isEqualTo(new FieldMerge.KeptLocal(theirs));
    }

    @Test
    void concurrentEditsOfAValueFieldGoToTheLaterStamp() {
        var mine = BASE.editedTo("\"reel\"", at(30, DESK_A));
        var theirs = BASE.editedTo("\"story\"", at(20, DESK_B));

        assertThat(FieldMerge.of(mine, theirs, FieldKind.VALUE)).isEqualTo(new FieldMerge.KeptLocal(mine));
    }

    @Test
    void aStaleEditLosesEvenWithAFastClock() {
        // desk B's clock runs an hour ahead, but its edit was based on the old value and desk A's
        // edit came after seeing desk B's: causality, not the wall clock, decides
        var theirs = BASE.editedTo("\"B\"", at(3_600_000, DESK_B));
        var mine = new FieldVersion(
                "\"A\"",
                new ChangeStamp(new HlcTimestamp(theirs.stamp().at().physicalMillis(), 1), DESK_A),
                Optional.of(theirs.stamp()));

        assertThat(FieldMerge.of(mine, theirs, FieldKind.TEXT)).isEqualTo(new FieldMerge.KeptLocal(mine));
    }

    @Test
    void equalTextEditsDoNotConflict() {
        var mine = BASE.editedTo("\"Same\"", at(10, DESK_A));
        var theirs = BASE.editedTo("\"Same\"", at(20, DESK_B));

        assertThat(FieldMerge.of(mine, theirs, FieldKind.TEXT)).isInstanceOf(FieldMerge.TookRemote.class);
    }

    @Test
    void editsOfDifferentFieldsBothSurvive() {
        var title = FieldVersion.first("\"Evening calm\"", at(0, DESK_A));
        var caption = FieldVersion.first("\"Unwind tonight\"", at(0, DESK_A));
        var local = Map.of("title", title.editedTo("\"Evening calm (A)\"", at(10, DESK_A)), "caption", caption);
        var remote = Map.of("title", title, "caption", caption.editedTo("\"Unwind tonight (B)\"", at(20, DESK_B)));

        var merged = RowMerge.of(local, remote, name -> FieldKind.TEXT);

        assertThat(merged.fields().get("title").value()).isEqualTo("\"Evening calm (A)\"");
        assertThat(merged.fields().get("caption").value()).isEqualTo("\"Unwind tonight (B)\"");
        assertThat(merged.hasConflicts()).isFalse();
        assertThat(merged.changedFields()).containsExactly("caption");
    }

    @Test
    void aRowConflictNamesTheFieldAndKeepsTheLosingText() {
        var local = Map.of("caption", BASE.editedTo("\"A\"", at(10, DESK_A)));
        var remote = Map.of("caption", BASE.editedTo("\"B\"", at(20, DESK_B)));

        var merged = RowMerge.of(local, remote, name -> FieldKind.TEXT);

        assertThat(merged.fields().get("caption").value()).isEqualTo("\"B\"");
        assertThat(merged.conflicts().get("caption").value()).isEqualTo("\"A\"");
    }

    @Test
    void aVersionMustBeLaterThanWhatItIsBasedOn() {
        assertThatThrownBy(() -> new FieldVersion("1", at(5, DESK_A), Optional.of(at(5, DESK_A))))
                .hasMessageContaining("is not after the stamp it is based on");
    }

    @Test
    void stampsOrderByTimeThenDevice() {
        assertThat(at(5, DESK_B)).isGreaterThan(at(5, DESK_A));
        assertThat(at(6, DESK_A)).isGreaterThan(at(5, DESK_B));
    }
}
