package com.eesystem.curator.domain.platform;

import com.eesystem.curator.domain.stored.StoredEnum;

/** Social platform content is published to. twitter is X. Stored as text in platform. */
public enum Platform implements StoredEnum {
    INSTAGRAM("instagram"),
    TIKTOK("tiktok"),
    YOUTUBE("youtube"),
    FACEBOOK("facebook"),
    TWITTER("twitter"),
    LINKEDIN("linkedin");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "platform";

    private final String storedValue;

    Platform(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming platform. */
    public static Platform fromStored(String text) {
        return StoredEnum.parse(Platform.class, COLUMN, text);
    }
}
