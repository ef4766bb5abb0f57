package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.stored.StoredEnum;

/** Editorial lifecycle state of a content item. The spec stores draft, approved, published, archived; in_review and scheduled are the lifecycle states between them. Stored as text in content_library.status. */
public enum ContentStatus implements StoredEnum {
    DRAFT("draft"),
    IN_REVIEW("in_review"),
    APPROVED("approved"),
    SCHEDULED("scheduled"),
    PUBLISHED("published"),
    ARCHIVED("archived");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "content_library.status";

    private final String storedValue;

    ContentStatus(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming content_library.status. */
    public static ContentStatus fromStored(String text) {
        return StoredEnum.parse(ContentStatus.class, COLUMN, text);
    }
}
