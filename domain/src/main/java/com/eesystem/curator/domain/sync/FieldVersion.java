package com.eesystem.curator.domain.sync;

import java.util.Objects;
import java.util.Optional;

/**
 * One field's value as one desktop last wrote it.
 *
 * @param value the field as JSON text ({@code null} for a cleared field)
 * @param stamp when and where this value was written
 * @param basedOn the stamp of the value the editor saw when writing this one; empty for a field's
 *     first value. It is what tells a later edit (based on the other side's value) from a
 *     concurrent one (based on the same older value).
 */
public record FieldVersion(String value, ChangeStamp stamp, Optional<ChangeStamp> basedOn) {

    public FieldVersion {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(basedOn, "basedOn");
        if (basedOn.isPresent() && !stamp.isAfter(basedOn.get())) {
            throw new IllegalArgumentException(
                    "field version: stamp " + stamp + " is not after the stamp it is based on " + basedOn.get());
        }
    }

    /** A field's first value. */
    public static FieldVersion first(String value, ChangeStamp stamp) {
        return new FieldVersion(value, stamp, Optional.empty());
    }

    /** An edit of this value, written at {@code stamp}. */
    public FieldVersion editedTo(String newValue, ChangeStamp at) {
        return new FieldVersion(newValue, at, Optional.of(stamp));
    }

    /** Whether this value was written knowing {@code other} (or something later than it). */
    public boolean supersedes(FieldVersion other) {
        return basedOn.map(seen -> seen.compareTo(other.stamp) >= 0).orElse(false);
    }
}
