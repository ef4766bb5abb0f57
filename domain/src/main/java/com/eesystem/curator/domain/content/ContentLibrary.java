package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import java.util.Map;
import java.util.Optional;

/**
 * The content library (content_library): where drafts, reviewed and published content live.
 *
 * <p>Saves are versioned: {@code save} writes {@code item} only if the stored version is
 * {@code item.version() - 1} (or, for version 1, no row exists). Anything else is a
 * {@link ContentSave.VersionConflict}, never a silent overwrite.
 */
public interface ContentLibrary {

    ContentSave save(ContentItem item);

    Optional<ContentItem> find(ContentId id);

    /** One page of the items matching {@code query}, in its order. */
    Page<ContentItem> list(ContentQuery query, PageRequest page);

    /** How many items match {@code query} (its order is ignored). */
    long count(ContentQuery query);

    /** Items per status, every status present (zero when none). */
    Map<ContentStatus, Long> countByStatus();
}
