package com.eesystem.curator.domain.agent;

import com.eesystem.curator.domain.stored.StoredEnum;

/** State of an agent in a coordination session. Stored as text in agent_coordination.status. */
public enum CoordinationStatus implements StoredEnum {
    ACTIVE("active"),
    WAITING("waiting"),
    COMPLETED("completed"),
    FAILED("failed");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "agent_coordination.status";

    private final String storedValue;

    CoordinationStatus(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming agent_coordination.status. */
    public static CoordinationStatus fromStored(String text) {
        return StoredEnum.parse(CoordinationStatus.class, COLUMN, text);
    }
}
