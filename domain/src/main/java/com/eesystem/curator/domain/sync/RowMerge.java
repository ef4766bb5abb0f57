package com.eesystem.curator.domain.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A row merged field by field: edits of different fields of the same item both survive, and
 * concurrent edits of the same text field surface as conflicts.
 *
 * @param fields the merged value of every field either side has
 * @param conflicts concurrent text edits the user resolves, by field name
 * @param changedFields fields whose local value the merge replaced
 */
public record RowMerge(
        Map<String, FieldVersion> fields, Map<String, FieldVersion> conflicts, List<String> changedFields) {

    public RowMerge {
        fields = Map.copyOf(Objects.requireNonNull(fields, "fields"));
        conflicts = Map.copyOf(Objects.requireNonNull(conflicts, "conflicts"));
        changedFields = List.copyOf(Objects.requireNonNull(changedFields, "changedFields"));
    }

    /**
     * Merges the local and remote versions of one row.
     *
     * @param kindOf the kind of each field (text fields keep both versions on concurrent edits)
     */
    public static RowMerge of(
            Map<String, FieldVersion> local,
            Map<String, FieldVersion> remote,
            Function<String, FieldMerge.FieldKind> kindOf) {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(kindOf, "kindOf");
        Map<String, FieldVersion> merged = new TreeMap<>();
        Map<String, FieldVersion> conflicts = new TreeMap<>();
        List<String> changed = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(local.keySet());
        names.addAll(remote.keySet());
        for (String name : names) {
            FieldVersion mine = local.get(name);
            FieldVersion theirs = remote.get(name);
            if (theirs == null) {
                merged.put(name, mine);
                continue;
            }
            if (mine == null) {
                merged.put(name, theirs);
                changed.add(name);
                continue;
            }
            FieldMerge outcome = FieldMerge.of(mine, theirs, kindOf.apply(name));
            merged.put(name, outcome.result());
            if (!outcome.result().equals(mine)) {
                changed.add(name);
            }
            if (outcome instanceof FieldMerge.Conflicted conflicted) {
                conflicts.put(name, conflicted.other());
            }
        }
        return new RowMerge(merged, conflicts, changed);
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }
}
