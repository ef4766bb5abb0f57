package com.eesystem.curator.domain.brand;

import com.eesystem.curator.domain.stored.StoredEnum;

/** Kind of brand knowledge. Stored as text in brand_knowledge.knowledge_type. */
public enum KnowledgeType implements StoredEnum {
    GUIDELINE("guideline"),
    VOICE("voice"),
    VISUAL("visual"),
    CLAIM("claim"),
    COMPLIANCE("compliance");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "brand_knowledge.knowledge_type";

    private final String storedValue;

    KnowledgeType(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming brand_knowledge.knowledge_type. */
    public static KnowledgeType fromStored(String text) {
        return StoredEnum.parse(KnowledgeType.class, COLUMN, text);
    }
}
