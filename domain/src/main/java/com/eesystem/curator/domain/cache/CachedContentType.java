package com.eesystem.curator.domain.cache;

import com.eesystem.curator.domain.stored.StoredEnum;

/** What a local cache entry holds. Stored as text in content_cache.content_type. */
public enum CachedContentType implements StoredEnum {
    GENERATED_CONTENT("generated_content"),
    AI_RESPONSE("ai_response"),
    API_RESULT("api_result");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "content_cache.content_type";

    private final String storedValue;

    CachedContentType(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming content_cache.content_type. */
    public static CachedContentType fromStored(String text) {
        return StoredEnum.parse(CachedContentType.class, COLUMN, text);
    }
}
