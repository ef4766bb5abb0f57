package com.eesystem.curator.domain.compliance;

import com.eesystem.curator.domain.stored.StoredEnum;

/** How serious a breach of a guideline or rule is. Stored as text in severity_level. */
public enum SeverityLevel implements StoredEnum {
    CRITICAL("critical"),
    IMPORTANT("important"),
    PREFERRED("preferred");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "severity_level";

    private final String storedValue;

    SeverityLevel(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming severity_level. */
    public static SeverityLevel fromStored(String text) {
        return StoredEnum.parse(SeverityLevel.class, COLUMN, text);
    }
}
