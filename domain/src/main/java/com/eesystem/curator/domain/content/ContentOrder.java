package com.eesystem.curator.domain.content;

/**
 * How a library listing is sorted; {@link ContentQuery#reversed()} turns it around. Ties break by id so
 * pages never overlap. The library table's columns sort by {@link #TITLE}, {@link #CONTENT_TYPE},
 * {@link #STATUS}, {@link #COMPLIANCE_STATUS} and {@link #RECENTLY_UPDATED}.
 */
public enum ContentOrder {
    RECENTLY_UPDATED,
    RECENTLY_CREATED,
    RECENTLY_PUBLISHED,
    TITLE,
    /** By content type's stored name (carousel, quote, reel, story, thread). */
    CONTENT_TYPE,
    /** By status's stored name. */
    STATUS,
    /** By compliance status's stored name (approved, pending, rejected, review). */
    COMPLIANCE_STATUS
}
