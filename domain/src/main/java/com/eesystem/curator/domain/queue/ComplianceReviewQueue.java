package com.eesystem.curator.domain.queue;

import java.util.Comparator;

/**
 * Redis compliance_review_queue: critical reviews first ({@link ReviewPriority} 1, then 2 ... 5),
 * first in first out within a priority (by enqueue order).
 */
public interface ComplianceReviewQueue extends WorkQueue<ComplianceReviewTask> {

    String NAME = "compliance_review_queue";

    /** Serving order between two waiting items: priority 1 (critical) first (enqueue order breaks ties). */
    Comparator<ComplianceReviewTask> ORDER = Comparator.comparing(ComplianceReviewTask::priority);
}
