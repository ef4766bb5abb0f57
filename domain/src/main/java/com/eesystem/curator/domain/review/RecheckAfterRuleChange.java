package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.brand.GuidelinesChanged;
import com.eesystem.curator.domain.compliance.ComplianceChecks;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.ComplianceRun;
import com.eesystem.curator.domain.compliance.RulePack;
import com.eesystem.curator.domain.compliance.VoiceGuideline;
import com.eesystem.curator.domain.content.CheckOutcome;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A rule change re-checks the drafts it affects (issue 9): after the brand guidelines or the rule pack
 * change, every draft and in-review item whose newest recorded run used another rule set is checked
 * again with the new engine, and the new run is recorded. Items never checked are left to their editor;
 * approved and later items keep their rows, since their approval binds to what was checked then.
 * Running it twice with the same engine re-checks nothing the second time.
 */
public final class RecheckAfterRuleChange {

    /** The statuses whose checks are still in play. */
    public static final Set<ContentStatus> OPEN = EnumSet.of(ContentStatus.DRAFT, ContentStatus.IN_REVIEW);

    private static final int PAGE_SIZE = 200;

    private final ContentLibrary library;
    private final ComplianceChecks records;
    private final Clock clock;

    public RecheckAfterRuleChange(ContentLibrary library, ComplianceChecks records, Clock clock) {
        this.library = Invariants.notNull("library", library);
        this.records = Invariants.notNull("records", records);
        this.clock = Invariants.notNull("clock", clock);
    }

    /**
     * What a re-check did.
     *
     * @param ruleSet the rule set the items were checked with ({@link ComplianceEngine#ruleSetVersion})
     * @param examined open items looked at
     * @param rechecked items checked again, in listing order
     * @param unsatisfied the re-checked items with a check that failed or needs manual review under the new rules
     */
    public record Result(String ruleSet, int examined, List<ContentId> rechecked, List<ContentId> unsatisfied) {
        public Result {
            Invariants.nonBlank("rule_set", ruleSet);
            rechecked = List.copyOf(rechecked);
            unsatisfied = List.copyOf(unsatisfied);
        }
    }

    /**
     * What the brand library's save calls: the engine is rebuilt from {@code pack} and every guideline as
     * it now stands, then the open items are re-checked; {@code report} gets the result.
     */
    public GuidelinesChanged whenGuidelinesChange(RulePack pack, Consumer<Result> report) {
        Invariants.notNull("pack", pack);
        Invariants.notNull("report", report);
        return all -> report.accept(recheck(
                new ComplianceEngine(pack, all.stream().map(VoiceGuideline::of).toList(), null)));
    }

    /** Re-checks the open items last checked under a rule set other than {@code engine}'s. */
    public Result recheck(ComplianceEngine engine) {
        Invariants.notNull("engine", engine);
        String ruleSet = engine.ruleSetVersion();
        RecordedReviewChecks checks = RecordedReviewChecks.over(engine, records, clock);
        ContentQuery open = ContentQuery.all().withStatuses(OPEN);
        List<ContentId> rechecked = new ArrayList<>();
        List<ContentId> unsatisfied = new ArrayList<>();
        int examined = 0;
        PageRequest request = PageRequest.first(PAGE_SIZE);
        while (true) {
            Page<ContentItem> page = library.list(open, request);
            for (ContentItem item : page.items()) {
                examined++;
                Optional<ComplianceRun> last = records.latestRun(item.id().value());
                if (last.isEmpty() || last.get().rulePackVersion().equals(ruleSet)) {
                    continue;
                }
                List<CheckOutcome> outcomes = checks.run(item);
                rechecked.add(item.id());
                if (outcomes.stream().anyMatch(outcome -> !outcome.satisfied())) {
                    unsatisfied.add(item.id());
                }
            }
            if (page.next().isEmpty()) {
                return new Result(ruleSet, examined, rechecked, unsatisfied);
            }
            request = request.after(page.next().get());
        }
    }
}
