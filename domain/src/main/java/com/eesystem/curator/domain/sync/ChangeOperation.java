package com.eesystem.curator.domain.sync;

import com.eesystem.curator.domain.stored.StoredEnum;

/** What a change did to its row. Stored as text in the outbox and the team store's change feed. */
public enum ChangeOperation implements StoredEnum {
    /** Inserted or replaced; the payload holds the whole row (or the changed fields, see the sync docs). */
    UPSERT("upsert"),
    /** Deleted; the payload may be empty ({@code {}}). */
    DELETE("delete");

    public static final String COLUMN = "outbox.operation";

    private final String storedValue;

    ChangeOperation(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    public static ChangeOperation fromStored(String text) {
        return StoredEnum.parse(ChangeOperation.class, COLUMN, text);
    }
}
