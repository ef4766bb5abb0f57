package com.eesystem.curator.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.generation.GenerationJob;
import com.eesystem.curator.domain.generation.GenerationPriority;
import com.eesystem.curator.domain.generation.GenerationRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.schedule.ScheduleEntryId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueueRecordsTest {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void criticalReviewsSortFirst() {
        List<ReviewPriority> priorities = new ArrayList<>();
        for (int value = 5; value >= 1; value--) {
            priorities.add(ReviewPriority.of(value));
        }
        Collections.shuffle(priorities, new Random(1));
        Collections.sort(priorities);

        assertThat(priorities.getFirst()).isEqualTo(ReviewPriority.CRITICAL);
        assertThat(priorities.getFirst().isCritical()).isTrue();
        assertThat(ReviewPriority.CRITICAL.isMoreUrgentThan(ReviewPriority.NORMAL))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource({"CRITICAL,1", "IMPORTANT,2", "PREFERRED,3"})
    void severityMapsToReviewPriority(SeverityLevel severity, int expected) {
        assertThat(ReviewPriority.of(severity).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void aReviewPriorityOutsideTheRangeIsRefused(int value) {
        assertThatThrownBy(() -> ReviewPriority.of(value))
                .hasMessage("priority: " + value + " is outside 1..5 (1 is critical, the most urgent)");
    }

    @Test
    void aPublicationTaskIsDueFromItsScheduledTime() {
        var task = new PublicationTask(
                new ContentId(new UUID(0, 1)), Platform.TIKTOK, T0, new ScheduleEntryId(new UUID(0, 2)));

        assertThat(task.isDueAt(T0.minusMillis(1))).isFalse();
        assertThat(task.isDueAt(T0)).isTrue();
    }

    @Test
    void aReviewTaskNeedsItsFields() {
        assertThatThrownBy(() -> new ComplianceReviewTask(new ContentId(new UUID(0, 1)), null, ReviewPriority.CRITICAL))
                .hasMessage("check_type");
        assertThat(new ComplianceReviewTask(
                                new ContentId(new UUID(0, 1)), CheckType.MEDICAL_CLAIM, ReviewPriority.CRITICAL)
                        .priority()
                        .value())
                .isEqualTo(1);
    }

    @Test
    void aClaimCountsAttemptsFromOneAndExpiresAtItsDeadline() {
        var claim = new Claim<>(WorkItemId.of("i-1"), "payload", 1, T0, ConsumerId.of("desk/worker-1"), "r-1");

        assertThat(claim.isExpiredAt(T0.minusMillis(1))).isFalse();
        assertThat(claim.isExpiredAt(T0)).isTrue();
        assertThatThrownBy(() -> new Claim<>(WorkItemId.of("i-1"), "p", 0, T0, ConsumerId.of("c"), "r"))
                .hasMessage("attempt: 0 is below 1 (item i-1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b"})
    void idsWithSpacesAreRefused(String value) {
        assertThatThrownBy(() -> WorkItemId.of(value)).hasMessageStartingWith("work item id: \"" + value + "\"");
        assertThatThrownBy(() -> ConsumerId.of(value)).hasMessageStartingWith("consumer id: \"" + value + "\"");
    }

    @Test
    void negativeDepthsAreRefused() {
        assertThatThrownBy(() -> new QueueDepth(1, -1, 0)).hasMessageContaining("none may be negative");
    }

    @Test
    void theQueueNamesAreTheSpecNames() {
        assertThat(ContentGenerationQueue.NAME).isEqualTo("content_generation_queue");
        assertThat(PublicationQueue.NAME).isEqualTo("publication_queue");
        assertThat(ComplianceReviewQueue.NAME).isEqualTo("compliance_review_queue");
    }

    @Test
    void theServingOrdersAreTheSpecOrders() {
        var request = GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "p");
        var urgent = GenerationJob.of(request, GenerationPriority.of(9));
        var routine = GenerationJob.of(request, GenerationPriority.of(2));
        assertThat(Stream.of(routine, urgent).sorted(ContentGenerationQueue.ORDER))
                .containsExactly(urgent, routine);

        var content = new ContentId(new UUID(0, 1));
        var critical = new ComplianceReviewTask(content, CheckType.MEDICAL_CLAIM, ReviewPriority.CRITICAL);
        var normal = new ComplianceReviewTask(content, CheckType.BRAND_VOICE, ReviewPriority.NORMAL);
        assertThat(Stream.of(normal, critical).sorted(ComplianceReviewQueue.ORDER))
                .containsExactly(critical, normal);

        var entry = new ScheduleEntryId(new UUID(0, 2));
        var early = new PublicationTask(content, Platform.TIKTOK, T0, entry);
        var late = new PublicationTask(content, Platform.TIKTOK, T0.plusSeconds(60), entry);
        assertThat(Stream.of(late, early).sorted(PublicationQueue.ORDER)).containsExactly(early, late);
    }
}
