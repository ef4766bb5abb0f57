package com.eesystem.curator.domain.brand;

import com.eesystem.curator.domain.stored.StoredEnum;

/** Whether a piece of brand knowledge is in force. Stored as text in brand_knowledge.status. */
public enum KnowledgeStatus implements StoredEnum {
    ACTIVE("active"),
    DEPRECATED("deprecated"),
    DRAFT("draft");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "brand_knowledge.status";

    private final String storedValue;

    KnowledgeStatus(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming brand_knowledge.status. */
    public static KnowledgeStatus fromStored(String text) {
        return StoredEnum.parse(KnowledgeStatus.class, COLUMN, text);
    }
}
