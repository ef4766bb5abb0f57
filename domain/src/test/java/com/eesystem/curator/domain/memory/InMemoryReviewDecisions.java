package com.eesystem.curator.domain.memory;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.domain.review.ReviewDecisions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class InMemoryReviewDecisions implements ReviewDecisions {

    private final List<ReviewDecision> decisions = new ArrayList<>();

    @Override
    public synchronized void record(ReviewDecision decision) {
        decisions.add(decision);
    }

    @Override
    public synchronized List<ReviewDecision> history(ContentId contentId) {
        return decisions.stream().filter(d -> d.contentId().equals(contentId)).toList();
    }

    @Override
    public synchronized Optional<ReviewDecision> latest(ContentId contentId) {
        List<ReviewDecision> history = history(contentId);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.getLast());
    }
}
