package com.eesystem.curator.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.sync.FieldMerge.FieldKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Merging converges: same result whatever order desktops see changes in. */
class FieldMergePropertiesTest {

    @Provide
    Arbitrary<ChangeStamp> stamps() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 20),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of("desk-a", "desk-b", "desk-c"))
                .as((millis, logical, device) ->
                        new ChangeStamp(new HlcTimestamp(millis, logical), DeviceId.of(device)));
    }

    @Provide
    Arbitrary<FieldVersion> versions() {
        return Combinators.combine(Arbitraries.of("\"x\"", "\"y\"", "\"z\""), stamps(), stamps().optional())
                .as((value, stamp, basedOn) ->
                        new FieldVersion(value, stamp, basedOn.filter(seen -> stamp.compareTo(seen) > 0)));
    }

    @Provide
    Arbitrary<List<FieldVersion>> versionLists() {
        return versions().list().ofMaxSize(12);
    }

    @Property
    void mergeIsCommutative(
            @ForAll("versions") FieldVersion a, @ForAll("versions") FieldVersion b, @ForAll FieldKind kind) {
        var ab = FieldMerge.of(a, b, kind);
        var ba = FieldMerge.of(b, a, kind);

        assertThat(ab.result().stamp()).isEqualTo(ba.result().stamp());
        if (!a.stamp().equals(b.stamp())) {
            assertThat(ab.result()).isEqualTo(ba.result());
            assertThat(ab instanceof FieldMerge.Conflicted).isEqualTo(ba instanceof FieldMerge.Conflicted);
        }
    }

    @Property
    void theLaterStampAlwaysStays(
            @ForAll("versions") FieldVersion a, @ForAll("versions") FieldVersion b, @ForAll FieldKind kind) {
        var stays = FieldMerge.of(a, b, kind).result();

        assertThat(stays.stamp()).isEqualTo(Collections.max(List.of(a.stamp(), b.stamp())));
    }

    @Property
    void mergingWithItselfChangesNothing(@ForAll("versions") FieldVersion a, @ForAll FieldKind kind) {
        assertThat(FieldMerge.of(a, a, kind)).isEqualTo(new FieldMerge.KeptLocal(a));
    }

    @Property
    void anEditBasedOnTheOtherNeverConflicts(@ForAll("versions") FieldVersion a, @ForAll("stamps") ChangeStamp later) {
        var laterStamp = later.compareTo(a.stamp()) > 0
                ? later
                : new ChangeStamp(new HlcTimestamp(a.stamp().at().physicalMillis() + 1, 0), later.device());
        var edit = a.editedTo("\"edited\"", laterStamp);

        assertThat(FieldMerge.of(a, edit, FieldKind.TEXT)).isEqualTo(new FieldMerge.TookRemote(edit));
    }

    @Property
    void rowsConvergeInAnyArrivalOrder(@ForAll("versionLists") List<FieldVersion> versions, @ForAll long seed) {
        // each version is one desktop's write of one of three fields; apply them in two random orders
        List<Map.Entry<String, FieldVersion>> writes = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            writes.add(Map.entry("field" + (i % 3), versions.get(i)));
        }
        List<Map.Entry<String, FieldVersion>> shuffled = new ArrayList<>(writes);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(applyAll(shuffled)).isEqualTo(applyAll(writes));
    }

    static Map<String, ChangeStamp> applyAll(List<Map.Entry<String, FieldVersion>> writes) {
        Map<String, FieldVersion> row = new HashMap<>();
        for (var write : writes) {
            var merged = RowMerge.of(row, Map.of(write.getKey(), write.getValue()), name -> FieldKind.TEXT);
            row = new HashMap<>(merged.fields());
        }
        Map<String, ChangeStamp> stamps = new HashMap<>();
        row.forEach((name, version) -> stamps.put(name, version.stamp()));
        return stamps;
    }
}
