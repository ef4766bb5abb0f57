package com.eesystem.curator.domain.id;

import java.util.UUID;

/**
 * Where new identifiers come from. Adapters and use cases ask this port instead of calling
 * {@link UUID#randomUUID()} so tests can see and order the ids they get.
 */
public interface IdGenerator {

    /** A new unique id; UUID-keyed tables (AstraDB) store it as is. */
    UUID newId();

    /** A new unique id as text, for the TEXT-keyed SQLite tables (sessions, temp_content, batch_operations). */
    default String newTextId() {
        return newId().toString();
    }
}
