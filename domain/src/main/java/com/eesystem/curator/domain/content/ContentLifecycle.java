package com.eesystem.curator.domain.content;

import static com.eesystem.curator.domain.content.ContentAction.*;
import static com.eesystem.curator.domain.content.ContentStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The content lifecycle as one explicit table: for each status, the actions allowed and the status each
 * leads to. Anything not in the table is refused. Guards that need more than the status (approval checks,
 * reviewer is not the author) live in {@link ReviewGate}.
 *
 * <pre>
 * draft --submit--> in_review --approve--> approved --schedule--> scheduled --publish--> published --archive--> archived
 *   ^                 |  reject / request changes                   |
 *   +-----------------+      approved/scheduled --edit--> in_review (the approval is void)
 * </pre>
 */
public final class ContentLifecycle {

    private static final Map<ContentStatus, Map<ContentAction, ContentStatus>> MOVES =
            new EnumMap<>(ContentStatus.class);

    static {
        allow(DRAFT, EDIT, DRAFT);
        allow(DRAFT, SUBMIT, IN_REVIEW);
        allow(DRAFT, ARCHIVE, ARCHIVED);

        // an edit during review is a new revision still under review: its checks run again
        allow(IN_REVIEW, EDIT, IN_REVIEW);
        allow(IN_REVIEW, APPROVE, APPROVED);
        allow(IN_REVIEW, REJECT, DRAFT);
        allow(IN_REVIEW, REQUEST_CHANGES, DRAFT);

        // editing approved content voids the approval: back to review
        allow(APPROVED, EDIT, IN_REVIEW);
        allow(APPROVED, SCHEDULE, SCHEDULED);
        allow(APPROVED, PUBLISH, PUBLISHED);
        allow(APPROVED, ARCHIVE, ARCHIVED);

        allow(SCHEDULED, EDIT, IN_REVIEW);
        allow(SCHEDULED, SCHEDULE, SCHEDULED);
        allow(SCHEDULED, UNSCHEDULE, APPROVED);
        allow(SCHEDULED, PUBLISH, PUBLISHED);

        // published content is what the audience saw: it is never edited, only measured, scheduled
        // on a further platform, published there, or archived
        allow(PUBLISHED, SCHEDULE, PUBLISHED);
        allow(PUBLISHED, UNSCHEDULE, PUBLISHED);
        allow(PUBLISHED, PUBLISH, PUBLISHED);
        allow(PUBLISHED, RECORD_METRICS, PUBLISHED);
        allow(PUBLISHED, ARCHIVE, ARCHIVED);

        allow(ARCHIVED, RECORD_METRICS, ARCHIVED);
    }

    private ContentLifecycle() {}

    private static void allow(ContentStatus from, ContentAction action, ContentStatus to) {
        MOVES.computeIfAbsent(from, status -> new EnumMap<>(ContentAction.class))
                .put(action, to);
    }

    /** Where {@code action} leads from {@code from}, or empty when the lifecycle refuses it. */
    public static Optional<ContentStatus> next(ContentStatus from, ContentAction action) {
        return Optional.ofNullable(MOVES.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions allowed from {@code from}. */
    public static Set<ContentAction> allowedFrom(ContentStatus from) {
        return Collections.unmodifiableSet(MOVES.getOrDefault(from, Map.of()).keySet());
    }
}
