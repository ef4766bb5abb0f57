package com.eesystem.curator.domain.content;

import static com.eesystem.curator.domain.content.ContentAction.*;
import static com.eesystem.curator.domain.content.ContentStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle table, checked pair by pair against the spec written out here a second time. */
class ContentLifecycleTest {

    /** The spec: every allowed move. Every pair not listed must be refused. */
    static final Map<ContentStatus, Map<ContentAction, ContentStatus>> SPEC = Map.of(
            DRAFT, Map.of(EDIT, DRAFT, SUBMIT, IN_REVIEW, ARCHIVE, ARCHIVED),
            IN_REVIEW, Map.of(EDIT, IN_REVIEW, APPROVE, APPROVED, REJECT, DRAFT, REQUEST_CHANGES, DRAFT),
            APPROVED, Map.of(EDIT, IN_REVIEW, SCHEDULE, SCHEDULED, PUBLISH, PUBLISHED, ARCHIVE, ARCHIVED),
            SCHEDULED, Map.of(EDIT, IN_REVIEW, SCHEDULE, SCHEDULED, UNSCHEDULE, APPROVED, PUBLISH, PUBLISHED),
            PUBLISHED,
                    Map.of(
                            SCHEDULE, PUBLISHED,
                            UNSCHEDULE, PUBLISHED,
                            PUBLISH, PUBLISHED,
                            RECORD_METRICS, PUBLISHED,
                            ARCHIVE, ARCHIVED),
            ARCHIVED, Map.of(RECORD_METRICS, ARCHIVED));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ContentStatus from : ContentStatus.values()) {
            for (ContentAction action : ContentAction.values()) {
                pairs.add(Arguments.of(
                        from, action, Optional.ofNullable(SPEC.get(from).get(action))));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("everyPair")
    void theTableAllowsExactlyTheSpecifiedMoves(
            ContentStatus from, ContentAction action, Optional<ContentStatus> expected) {
        assertThat(ContentLifecycle.next(from, action)).isEqualTo(expected);
        assertThat(ContentLifecycle.allowedFrom(from).contains(action)).isEqualTo(expected.isPresent());
    }
}
