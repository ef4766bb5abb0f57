package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.ComplianceChecks;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.ComplianceRun;
import com.eesystem.curator.domain.compliance.DraftToCheck;
import com.eesystem.curator.domain.content.CheckOutcome;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.invariant.Invariants;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The review workflow's checks over the compliance engine and the compliance_checks rows: a run is
 * recorded before its outcomes are used, so the review desk's history shows exactly what the decision
 * was based on. The content revision is what compliance calls the content version.
 */
public final class RecordedReviewChecks implements ReviewChecks {

    /** The compliance rule engine, as the workflow calls it. */
    public interface Engine {
        ComplianceRun check(ContentItem item);
    }

    private final Engine engine;
    private final ComplianceChecks records;

    /**
     * Checks with the compliance engine: the text is {@link ReviewedText} (caption and hashtags first, as
     * posted, then title and script), the platforms the content targets and the material connections its
     * author declared (sponsored, affiliate, gifted, testimonial).
     */
    public static RecordedReviewChecks over(ComplianceEngine engine, ComplianceChecks records, Clock clock) {
        Invariants.notNull("engine", engine);
        Invariants.notNull("clock", clock);
        return new RecordedReviewChecks(
                item -> engine.run(item.id().value(), item.revision(), draftOf(item), clock, UUID::randomUUID),
                records);
    }

    /** What the engine checks for {@code item}; issue spans index {@link ReviewedText#of}'s text. */
    public static DraftToCheck draftOf(ContentItem item) {
        ContentBody body = item.body();
        ReviewedText text = ReviewedText.of(body);
        return new DraftToCheck(
                text.text(), Set.copyOf(body.platforms()), body.materialConnections(), Set.of(), text.postLength());
    }

    public RecordedReviewChecks(Engine engine, ComplianceChecks records) {
        this.engine = Invariants.notNull("engine", engine);
        this.records = Invariants.notNull("records", records);
    }

    @Override
    public List<CheckOutcome> run(ContentItem item) {
        ComplianceRun run = engine.check(item);
        if (!run.contentId().equals(item.id().value()) || run.contentVersion() != item.revision()) {
            throw new IllegalStateException("compliance run: checked content " + run.contentId() + " v"
                    + run.contentVersion() + ", asked for " + item.id() + " v" + item.revision());
        }
        records.record(run);
        return run.checks().stream().map(CheckOutcome::of).toList();
    }

    @Override
    public List<CheckOutcome> outcomesOf(ContentItem item) {
        return records.history(item.id().value()).stream()
                .filter(check -> check.contentVersion() == item.revision())
                .sorted(Comparator.comparing(ComplianceCheck::createdAt)) // history is newest first
                .map(CheckOutcome::of)
                .toList();
    }
}
