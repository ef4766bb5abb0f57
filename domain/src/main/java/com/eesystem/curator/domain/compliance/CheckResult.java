package com.eesystem.curator.domain.compliance;

import com.eesystem.curator.domain.stored.StoredEnum;

/** Outcome of one compliance check. Stored as text in compliance_checks.check_result. */
public enum CheckResult implements StoredEnum {
    PASSED("passed"),
    FAILED("failed"),
    WARNING("warning"),
    MANUAL_REVIEW("manual_review");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "compliance_checks.check_result";

    private final String storedValue;

    CheckResult(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming compliance_checks.check_result. */
    public static CheckResult fromStored(String text) {
        return StoredEnum.parse(CheckResult.class, COLUMN, text);
    }
}
