package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.content.ContentId;
import java.util.List;
import java.util.Optional;

/** The record of review decisions: append-only, per content item. */
public interface ReviewDecisions {

    void record(ReviewDecision decision);

    /** Every decision on the item, oldest first. */
    List<ReviewDecision> history(ContentId contentId);

    Optional<ReviewDecision> latest(ContentId contentId);
}
