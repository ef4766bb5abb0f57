package com.eesystem.curator.domain.brand;

import com.eesystem.curator.domain.stored.StoredEnum;

/** Area a brand guideline belongs to. Stored as text in brand_guidelines.category. */
public enum GuidelineCategory implements StoredEnum {
    MEDICAL("medical"),
    WELLNESS("wellness"),
    MARKETING("marketing"),
    LEGAL("legal");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "brand_guidelines.category";

    private final String storedValue;

    GuidelineCategory(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming brand_guidelines.category. */
    public static GuidelineCategory fromStored(String text) {
        return StoredEnum.parse(GuidelineCategory.class, COLUMN, text);
    }
}
