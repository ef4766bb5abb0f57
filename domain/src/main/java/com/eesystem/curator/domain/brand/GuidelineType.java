package com.eesystem.curator.domain.brand;

import com.eesystem.curator.domain.stored.StoredEnum;

/** Kind of brand guideline. Stored as text in brand_guidelines.guideline_type. */
public enum GuidelineType implements StoredEnum {
    VOICE("voice"),
    VISUAL("visual"),
    MESSAGING("messaging"),
    CLAIMS("claims");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "brand_guidelines.guideline_type";

    private final String storedValue;

    GuidelineType(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming brand_guidelines.guideline_type. */
    public static GuidelineType fromStored(String text) {
        return StoredEnum.parse(GuidelineType.class, COLUMN, text);
    }
}
