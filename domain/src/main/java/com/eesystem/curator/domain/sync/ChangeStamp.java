package com.eesystem.curator.domain.sync;

import java.util.Comparator;
import java.util.Objects;

/**
 * Who wrote a value and when, in hybrid logical time. Totally ordered: by timestamp, then by device
 * id, so two desktops comparing the same two stamps always agree which is later.
 */
public record ChangeStamp(HlcTimestamp at, DeviceId device) implements Comparable<ChangeStamp> {

    private static final Comparator<ChangeStamp> ORDER =
            Comparator.comparing(ChangeStamp::at).thenComparing(ChangeStamp::device);

    public ChangeStamp {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(device, "device");
    }

    public boolean isAfter(ChangeStamp other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(ChangeStamp other) {
        return ORDER.compare(this, other);
    }
}
