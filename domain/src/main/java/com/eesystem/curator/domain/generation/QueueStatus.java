package com.eesystem.curator.domain.generation;

import com.eesystem.curator.domain.stored.StoredEnum;

/** State of a queued generation task. Stored as text in generation_queue.status. */
public enum QueueStatus implements StoredEnum {
    PENDING("pending"),
    PROCESSING("processing"),
    COMPLETED("completed"),
    FAILED("failed");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "generation_queue.status";

    private final String storedValue;

    QueueStatus(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming generation_queue.status. */
    public static QueueStatus fromStored(String text) {
        return StoredEnum.parse(QueueStatus.class, COLUMN, text);
    }
}
