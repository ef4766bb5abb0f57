package com.eesystem.curator.domain.sync;

import java.util.Objects;

/**
 * A text field two desktops edited at the same time (docs/sync.md, conflict rule 3): the item shows one
 * version, the other is kept here until a person picks.
 *
 * @param entity the synced table, e.g. content_library
 * @param entityId the row's id
 * @param field the field, e.g. body.caption
 * @param itemTitle the item's title now, so a list of conflicts names what it is about
 * @param mine the version this desktop shows now
 * @param theirs the concurrent version that was not shown
 * @param theirStamp which edit {@code theirs} was (hlc@device): identifies the conflict
 */
public record SyncConflict(
        String entity, String entityId, String field, String itemTitle, String mine, String theirs, String theirStamp) {

    public SyncConflict {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entity_id");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(itemTitle, "item title");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        Objects.requireNonNull(theirStamp, "their stamp");
    }

    /** The field as a person reads it: body.caption becomes caption, scriptContent becomes script content. */
    public String fieldLabel() {
        String name = field.startsWith("body.") ? field.substring(5) : field;
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
