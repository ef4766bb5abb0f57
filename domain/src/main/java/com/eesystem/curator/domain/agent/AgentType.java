package com.eesystem.curator.domain.agent;

import com.eesystem.curator.domain.stored.StoredEnum;

/** Kind of AI agent. Stored as text in agent_type. */
public enum AgentType implements StoredEnum {
    RESEARCH("research"),
    CREATION("creation"),
    COMPLIANCE("compliance"),
    COORDINATION("coordination");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "agent_type";

    private final String storedValue;

    AgentType(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming agent_type. */
    public static AgentType fromStored(String text) {
        return StoredEnum.parse(AgentType.class, COLUMN, text);
    }
}
