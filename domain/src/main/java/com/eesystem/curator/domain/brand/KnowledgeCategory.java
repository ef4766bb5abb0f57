package com.eesystem.curator.domain.brand;

import com.eesystem.curator.domain.stored.StoredEnum;

/** Area a piece of brand knowledge belongs to. Stored as text in brand_knowledge.category. */
public enum KnowledgeCategory implements StoredEnum {
    MEDICAL("medical"),
    MARKETING("marketing"),
    LEGAL("legal"),
    BRAND("brand");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "brand_knowledge.category";

    private final String storedValue;

    KnowledgeCategory(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming brand_knowledge.category. */
    public static KnowledgeCategory fromStored(String text) {
        return StoredEnum.parse(KnowledgeCategory.class, COLUMN, text);
    }
}
