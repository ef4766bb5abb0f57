package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.stored.StoredEnum;

/** Kind of social content. Stored as text in content_type. */
public enum ContentType implements StoredEnum {
    REEL("reel"),
    STORY("story"),
    CAROUSEL("carousel"),
    QUOTE("quote"),
    THREAD("thread");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "content_type";

    private final String storedValue;

    ContentType(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming content_type. */
    public static ContentType fromStored(String text) {
        return StoredEnum.parse(ContentType.class, COLUMN, text);
    }
}
