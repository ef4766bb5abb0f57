package com.eesystem.curator.domain.user;

import com.eesystem.curator.domain.stored.StoredEnum;

/** What a person does in Curator. A person may hold several roles. Stored as text in users.role. */
public enum Role implements StoredEnum {
    EDITOR("editor"),
    REVIEWER("reviewer"),
    ADMIN("admin");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "users.role";

    private final String storedValue;

    Role(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming users.role. */
    public static Role fromStored(String text) {
        return StoredEnum.parse(Role.class, COLUMN, text);
    }
}
