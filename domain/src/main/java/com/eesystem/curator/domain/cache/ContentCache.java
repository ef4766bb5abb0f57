package com.eesystem.curator.domain.cache;

import java.util.Optional;

/**
 * The local short-term cache (content_cache in SQLite). It survives restarts but not expiry: an
 * expired entry is never returned, and {@link #removeExpired} clears them out.
 */
public interface ContentCache {

    /** Stores or replaces the entry under its key. */
    void put(CacheEntry entry);

    /** The entry if present and not expired by the adapter's clock. */
    Optional<CacheEntry> get(String key);

    void invalidate(String key);

    /** Deletes every expired entry; returns how many. */
    int removeExpired();
}
