package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.stored.StoredEnum;

/** A reviewer's decision on one revision. Stored as text in review_decisions.verdict. */
public enum Verdict implements StoredEnum {
    APPROVED("approved"),
    REJECTED("rejected"),
    CHANGES_REQUESTED("changes_requested");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "review_decisions.verdict";

    private final String storedValue;

    Verdict(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming review_decisions.verdict. */
    public static Verdict fromStored(String text) {
        return StoredEnum.parse(Verdict.class, COLUMN, text);
    }
}
