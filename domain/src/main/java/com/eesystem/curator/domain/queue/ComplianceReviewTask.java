package com.eesystem.curator.domain.queue;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.ContentId;
import java.util.Objects;

/**
 * An item of compliance_review_queue (JSON {@code {"content_id": "uuid", "check_type":
 * "medical_claim", "priority": 1}}): a content item waiting for a human reviewer.
 *
 * @param priority 1 (critical, served first) to 5, see {@link ReviewPriority}
 */
public record ComplianceReviewTask(ContentId contentId, CheckType checkType, ReviewPriority priority) {

    public ComplianceReviewTask {
        Objects.requireNonNull(contentId, "content_id");
        Objects.requireNonNull(checkType, "check_type");
        Objects.requireNonNull(priority, "priority");
    }
}
