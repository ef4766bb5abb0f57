package com.eesystem.curator.domain.batch;

import com.eesystem.curator.domain.stored.StoredEnum;

/** Kind of batch operation. Stored as text in batch_operations.operation_type. */
public enum OperationType implements StoredEnum {
    CONTENT_GENERATION("content_generation"),
    PUBLICATION("publication"),
    COMPLIANCE_CHECK("compliance_check");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "batch_operations.operation_type";

    private final String storedValue;

    OperationType(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming batch_operations.operation_type. */
    public static OperationType fromStored(String text) {
        return StoredEnum.parse(OperationType.class, COLUMN, text);
    }
}
