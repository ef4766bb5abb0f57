package com.eesystem.curator.domain.queue;

/**
 * Redis compliance_review_queue: critical reviews first ({@link ReviewPriority} 1, then 2 ... 5),
 * first in first out within a priority (by enqueue order).
 */
public interface ComplianceReviewQueue extends WorkQueue<ComplianceReviewTask> {

    String NAME = "compliance_review_queue";
}
