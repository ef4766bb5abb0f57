package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.queue.ComplianceReviewTask;

/**
 * Where a submission sends the checks a person has to look at (the compliance_review_queue of the live
 * layer). A desktop keeps each request locally first and hands it to the live layer when it can reach it
 * (docs/sync.md, "Live layer"), so submitting never waits for the network.
 */
@FunctionalInterface
public interface ReviewRequests {

    /** Requests nothing: for desks without a live layer. */
    ReviewRequests NONE = task -> {};

    void request(ComplianceReviewTask task);
}
