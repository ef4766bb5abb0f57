package com.eesystem.curator.domain.queue;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * Redis publication_queue: an item is deliverable from its {@link PublicationTask#scheduledAt()}, never
 * before; due items are delivered earliest scheduled_at first, then by enqueue order. A retried item
 * is deliverable again at once (it is already due).
 */
public interface PublicationQueue extends WorkQueue<PublicationTask> {

    String NAME = "publication_queue";

    /** Serving order between two due items: earliest scheduled_at first (enqueue order breaks ties). */
    Comparator<PublicationTask> ORDER = Comparator.comparing(PublicationTask::scheduledAt);

    /** When the earliest waiting item becomes due, so a scheduler can sleep until then. */
    Optional<Instant> nextDueAt();
}
