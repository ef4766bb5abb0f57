package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.content.CheckOutcome;
import com.eesystem.curator.domain.content.ContentItem;
import java.util.List;

/**
 * The compliance checks as the review workflow sees them. Backed by the compliance rule engine and the
 * compliance_checks rows (helper compliance's {@code ComplianceChecks}); an adapter turns their rows into
 * {@link CheckOutcome}s.
 */
public interface ReviewChecks {

    /** Runs every check on the item's current revision, records the results, and returns them. */
    List<CheckOutcome> run(ContentItem item);

    /** The recorded outcomes of {@code item}'s current revision, in the order they ran. */
    List<CheckOutcome> outcomesOf(ContentItem item);
}
