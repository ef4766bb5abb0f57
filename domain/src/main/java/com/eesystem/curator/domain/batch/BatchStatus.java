package com.eesystem.curator.domain.batch;

import com.eesystem.curator.domain.stored.StoredEnum;

/** State of a batch operation. Stored as text in batch_operations.status. */
public enum BatchStatus implements StoredEnum {
    PENDING("pending"),
    RUNNING("running"),
    COMPLETED("completed"),
    FAILED("failed");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "batch_operations.status";

    private final String storedValue;

    BatchStatus(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming batch_operations.status. */
    public static BatchStatus fromStored(String text) {
        return StoredEnum.parse(BatchStatus.class, COLUMN, text);
    }
}
