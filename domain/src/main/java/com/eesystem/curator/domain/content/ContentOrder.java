package com.eesystem.curator.domain.content;

/** How a library listing is sorted. Ties break by id so pages never overlap. */
public enum ContentOrder {
    RECENTLY_UPDATED,
    RECENTLY_CREATED,
    RECENTLY_PUBLISHED,
    TITLE
}
