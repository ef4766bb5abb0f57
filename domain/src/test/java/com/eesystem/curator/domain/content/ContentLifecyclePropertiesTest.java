package com.eesystem.curator.domain.content;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Random walks through the content lifecycle, with guards that sometimes hold and sometimes don't. */
class ContentLifecyclePropertiesTest {

    /** One step: an action, who reviews, what the checks said, whether a reason is given. */
    record Step(
            ContentAction action,
            boolean reviewerIsAuthor,
            CheckResult medical,
            boolean overrideWithReason,
            boolean comment) {}

    @Provide
    Arbitrary<List<Step>> walks() {
        Arbitrary<Step> step = Combinators.combine(
                        // the happy path weighs more so walks get through review often enough to matter
                        Arbitraries.frequencyOf(
                                Tuple.of(1, Arbitraries.of(ContentAction.class)),
                                Tuple.of(2, Arbitraries.of(ContentAction.SUBMIT, ContentAction.APPROVE))),
                        Arbitraries.of(true, false, false, false),
                        Arbitraries.of(
                                CheckResult.PASSED,
                                CheckResult.PASSED,
                                CheckResult.WARNING,
                                CheckResult.FAILED,
                                CheckResult.MANUAL_REVIEW),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, true, false))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property
    void everyWalkKeepsTheLifecycleInvariants(@ForAll("walks") List<Step> walk) {
        ContentItem item = draft();
        Instant at = T0;
        List<ContentStatus> visited = new ArrayList<>(List.of(item.status()));
        for (Step step : walk) {
            at = at.plusSeconds(60);
            ContentItem before = item;
            ContentChange change = perform(before, step, at);
            switch (change) {
                case ContentChange.Refused refused -> {
                    boolean tableAllows = ContentLifecycle.next(before.status(), step.action())
                            .isPresent();
                    if (!tableAllows) {
                        assertThat(refused.reasons())
                                .containsExactly(new ContentRefusal.NotAllowed(before.status(), step.action()));
                    } else {
                        assertThat(refused.reasons()).doesNotHaveAnyElementsOfTypes(ContentRefusal.NotAllowed.class);
                    }
                }
                case ContentChange.Changed changed -> {
                    item = changed.item();
                    assertThat(ContentLifecycle.next(before.status(), step.action()))
                            .contains(item.status());
                    assertThat(item.version()).isEqualTo(before.version() + 1);
                    assertThat(item.revision())
                            .isEqualTo(step.action() == ContentAction.EDIT ? before.revision() + 1 : before.revision());
                    if (step.action() == ContentAction.APPROVE) {
                        // four eyes and checks: approval never happens for the author or an unresolved failure
                        assertThat(step.reviewerIsAuthor()).isFalse();
                        assertThat(step.medical() == CheckResult.PASSED
                                        || step.medical() == CheckResult.WARNING
                                        || step.overrideWithReason())
                                .isTrue();
                    }
                    if (step.action() == ContentAction.EDIT && before.status() == ContentStatus.APPROVED) {
                        assertThat(item.status()).isEqualTo(ContentStatus.IN_REVIEW);
                    }
                    visited.add(item.status());
                }
            }
            assertThat(item.publishedAt() != null).isEqualTo(visited.contains(ContentStatus.PUBLISHED));
            assertThat(item.updatedAt()).isAfterOrEqualTo(before.updatedAt());
        }
        // the walks must really get through review, or the approval assertions above prove nothing
        Statistics.label("reached approved").collect(visited.contains(ContentStatus.APPROVED));
        Statistics.label("reached approved")
                .coverage(coverage -> coverage.check(true).percentage(p -> p > 25));
    }

    private static ContentChange perform(ContentItem item, Step step, Instant at) {
        ReviewGate gate = ReviewGate.requiringAll();
        UserId reviewer = step.reviewerIsAuthor() ? item.authorId() : REVIEWER.id();
        List<CheckOutcome> outcomes = List.of(
                new CheckOutcome(CheckType.MEDICAL_CLAIM, step.medical(), SeverityLevel.CRITICAL, item.revision()),
                new CheckOutcome(CheckType.BRAND_VOICE, CheckResult.PASSED, SeverityLevel.PREFERRED, item.revision()),
                new CheckOutcome(CheckType.LEGAL_REVIEW, CheckResult.PASSED, SeverityLevel.PREFERRED, item.revision()));
        List<CheckOverride> overrides = step.overrideWithReason()
                ? List.of(new CheckOverride(CheckType.MEDICAL_CLAIM, "approved claim"))
                : List.of();
        String comment = step.comment() ? "please revise" : "";
        return switch (step.action()) {
            case EDIT -> item.edit(item.body().withCaption("caption at " + at), at);
            case SUBMIT -> item.submit(gate, outcomes, overrides, at);
            case APPROVE -> item.approve(gate, reviewer, item.revision(), outcomes, overrides, at);
            case REJECT -> item.reject(comment, at);
            case REQUEST_CHANGES -> item.requestChanges(comment, at);
            case SCHEDULE -> item.schedule(at);
            case UNSCHEDULE -> item.unschedule(at);
            case PUBLISH -> item.publish(at);
            case RECORD_METRICS -> item.recordMetrics(Map.of("views", 10.0), at);
            case ARCHIVE -> item.archive(at);
        };
    }
}
