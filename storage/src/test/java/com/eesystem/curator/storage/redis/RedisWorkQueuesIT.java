package com.eesystem.curator.storage.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.generation.GenerationJob;
import com.eesystem.curator.domain.generation.GenerationPriority;
import com.eesystem.curator.domain.generation.GenerationRequest;
import com.eesystem.curator.domain.generation.GenerationTaskId;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.queue.Claim;
import com.eesystem.curator.domain.queue.ComplianceReviewTask;
import com.eesystem.curator.domain.queue.ConsumerId;
import com.eesystem.curator.domain.queue.FailOutcome;
import com.eesystem.curator.domain.queue.PublicationTask;
import com.eesystem.curator.domain.queue.QueueDepth;
import com.eesystem.curator.domain.queue.ReviewPriority;
import com.eesystem.curator.domain.queue.Settlement;
import com.eesystem.curator.domain.queue.WorkItemId;
import com.eesystem.curator.domain.queue.WorkQueue;
import com.eesystem.curator.domain.schedule.ScheduleEntryId;
import com.eesystem.curator.testsupport.RedisServer;
import com.eesystem.curator.testsupport.RedisServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The three named queues through their domain ports: order, JSON, and the reliability contract. */
@ExtendWith(RedisServerExtension.class)
class RedisWorkQueuesIT {

    private static final ConsumerId WORKER = ConsumerId.of("desktop-1/worker-1");
    private static final Duration VISIBILITY = Duration.ofMinutes(2);
    private static RedisLink link;

    private final RedisServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));

    RedisWorkQueuesIT(RedisServer server) {
        this.server = server;
    }

    @BeforeAll
    static void connect(RedisServer server) {
        link = RedisLink.open(RedisSettings.fromUrl(server.url()));
    }

    @AfterAll
    static void disconnect() {
        link.close();
    }

    @BeforeEach
    void clean() {
        server.flushAll();
    }

    private static GenerationJob job(String prompt, int priority) {
        return GenerationJob.of(
                GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, prompt), GenerationPriority.of(priority));
    }

    private static <T> List<T> drain(WorkQueue<T> queue) {
        List<T> payloads = new ArrayList<>();
        for (Optional<Claim<T>> claim = queue.claim(WORKER, VISIBILITY);
                claim.isPresent();
                claim = queue.claim(WORKER, VISIBILITY)) {
            payloads.add(claim.get().payload());
            assertThat(queue.ack(claim.get())).isEqualTo(Settlement.SETTLED);
        }
        return payloads;
    }

    @Test
    void generationJobsComeHighestPriorityFirstThenInArrivalOrder() {
        RedisContentGenerationQueue queue = new RedisContentGenerationQueue(link, clock);
        List<GenerationJob> jobs = List.of(
                job("default-1", 5), job("urgent-1", 10), job("lowest", 1), job("default-2", 5), job("urgent-2", 10));
        for (int i = 0; i < jobs.size(); i++) {
            assertThat(queue.enqueue(WorkItemId.of("job-" + i), jobs.get(i))).isTrue();
        }

        assertThat(drain(queue))
                .extracting(job -> job.request().prompt())
                .containsExactly("urgent-1", "urgent-2", "default-1", "default-2", "lowest");
    }

    @Test
    void generationJobsTravelAsTheSpecsJson() {
        RedisContentGenerationQueue queue = new RedisContentGenerationQueue(link, clock);
        GenerationJob job = new GenerationJob(
                GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "sleep tips", Map.of("tone", "calm")),
                GenerationPriority.of(7),
                Optional.of(GenerationTaskId.of(42)));
        queue.enqueue(WorkItemId.of("local-42"), job);

        assertThat(server.command("HGET", "{content_generation_queue}:tasks", "local-42"))
                .isEqualTo("{\"content_type\":\"reel\",\"platform\":\"instagram\",\"prompt\":\"sleep tips\","
                        + "\"parameters\":{\"tone\":\"calm\"},\"priority\":7,\"local_task_id\":42}");
        assertThat(drain(queue)).containsExactly(job);
    }

    @Test
    void publicationsAreNotDeliveredBeforeScheduledAtAndThenEarliestFirst() {
        RedisPublicationQueue queue = new RedisPublicationQueue(link, clock);
        Instant nine = clock.instant();
        PublicationTask atTen = publication(nine.plus(Duration.ofHours(1)));
        PublicationTask atNineThirty = publication(nine.plus(Duration.ofMinutes(30)));
        PublicationTask alsoAtTen = publication(nine.plus(Duration.ofHours(1)));
        queue.enqueue(WorkItemId.of("ten"), atTen);
        queue.enqueue(WorkItemId.of("nine-thirty"), atNineThirty);
        queue.enqueue(WorkItemId.of("also-ten"), alsoAtTen);

        assertThat(queue.nextDueAt()).contains(nine.plus(Duration.ofMinutes(30)));
        assertThat(queue.claim(WORKER, VISIBILITY)).isEmpty();
        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        assertThat(queue.claim(WORKER, VISIBILITY)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(drain(queue)).containsExactly(atNineThirty);
        clock.advance(Duration.ofHours(2));
        assertThat(drain(queue)).containsExactly(atTen, alsoAtTen);
        assertThat(queue.nextDueAt()).isEmpty();
    }

    @Test
    void publicationTasksTravelAsTheSpecsJson() {
        RedisPublicationQueue queue = new RedisPublicationQueue(link, clock);
        ContentId content = ContentId.random();
        ScheduleEntryId entry = ScheduleEntryId.random();
        queue.enqueue(WorkItemId.of("p"), new PublicationTask(content, Platform.TIKTOK, clock.instant(), entry));

        assertThat(server.command("HGET", "{publication_queue}:tasks", "p"))
                .isEqualTo("{\"content_id\":\"" + content + "\",\"platform\":\"tiktok\",\"scheduled_at\":\""
                        + clock.instant() + "\",\"schedule_entry_id\":\"" + entry + "\"}");
    }

    @Test
    void criticalReviewsComeFirst() {
        RedisComplianceReviewQueue queue = new RedisComplianceReviewQueue(link, clock);
        Map<String, ReviewPriority> priorities = new LinkedHashMap<>();
        priorities.put("routine", ReviewPriority.NORMAL);
        priorities.put("disease-claim", ReviewPriority.CRITICAL);
        priorities.put("tone", ReviewPriority.IMPORTANT);
        priorities.put("fda-claim", ReviewPriority.CRITICAL);
        priorities.put("spot-check", ReviewPriority.of(5));
        Map<ContentId, String> names = new LinkedHashMap<>();
        priorities.forEach((name, priority) -> {
            ContentId content = ContentId.random();
            names.put(content, name);
            queue.enqueue(WorkItemId.of(name), new ComplianceReviewTask(content, CheckType.MEDICAL_CLAIM, priority));
        });

        assertThat(drain(queue))
                .extracting(task -> names.get(task.contentId()))
                .containsExactly("disease-claim", "fda-claim", "tone", "routine", "spot-check");
        assertThat(server.command("EXISTS", "{compliance_review_queue}:ready")).isEqualTo("0");
    }

    @Test
    void failedAttemptsRetryThenDeadLetterAndARedriveStartsAfresh() {
        RedisContentGenerationQueue queue = new RedisContentGenerationQueue(link, 2, Duration.ofHours(24), clock);
        queue.enqueue(WorkItemId.of("flaky"), job("flaky", 5));

        Claim<GenerationJob> first = queue.claim(WORKER, VISIBILITY).orElseThrow();
        assertThat(first.deadline()).isEqualTo(clock.instant().plus(VISIBILITY));
        assertThat(first.consumer()).isEqualTo(WORKER);
        assertThat(queue.fail(first, "model timed out")).isEqualTo(new FailOutcome.WillRetry(1, 2));
        Claim<GenerationJob> second = queue.claim(WORKER, VISIBILITY).orElseThrow();
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(queue.fail(second, "model timed out again"))
                .isEqualTo(new FailOutcome.DeadLettered(2, "model timed out again"));
        assertThat(queue.fail(second, "twice")).isEqualTo(new FailOutcome.ClaimLost());

        assertThat(queue.depth()).isEqualTo(new QueueDepth(0, 0, 1));
        assertThat(queue.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.itemId()).isEqualTo(WorkItemId.of("flaky"));
            assertThat(letter.payload()).isEqualTo(job("flaky", 5));
            assertThat(letter.attempts()).isEqualTo(2);
            assertThat(letter.lastError()).isEqualTo("model timed out again");
            assertThat(letter.deadAt()).isEqualTo(clock.instant());
        });
        assertThat(queue.enqueue(WorkItemId.of("flaky"), job("flaky", 5))).isFalse();

        assertThat(queue.redrive(WorkItemId.of("flaky"))).isTrue();
        assertThat(queue.claim(WORKER, VISIBILITY))
                .hasValueSatisfying(claim -> assertThat(claim.attempt()).isEqualTo(1));
    }

    @Test
    void extendingAClaimMovesItsDeadlineAndAnExpiredClaimCannotBeSettled() {
        RedisComplianceReviewQueue queue = new RedisComplianceReviewQueue(link, clock);
        queue.enqueue(
                WorkItemId.of("review"),
                new ComplianceReviewTask(ContentId.random(), CheckType.LEGAL_REVIEW, ReviewPriority.CRITICAL));
        Claim<ComplianceReviewTask> claim = queue.claim(WORKER, VISIBILITY).orElseThrow();

        clock.advance(Duration.ofMinutes(1));
        Claim<ComplianceReviewTask> extended = queue.extend(claim, VISIBILITY).orElseThrow();
        assertThat(extended.deadline()).isEqualTo(clock.instant().plus(VISIBILITY));
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));

        Claim<ComplianceReviewTask> other =
                queue.claim(ConsumerId.of("desktop-2/worker-1"), VISIBILITY).orElseThrow();
        assertThat(other.attempt()).isEqualTo(2);
        assertThat(queue.ack(claim)).isEqualTo(Settlement.CLAIM_LOST);
        assertThat(queue.extend(claim, VISIBILITY)).isEmpty();
        assertThat(queue.release(claim)).isEqualTo(Settlement.CLAIM_LOST);
        assertThat(queue.ack(other)).isEqualTo(Settlement.SETTLED);
    }

    @Test
    void anUnreadableItemIsDeadLetteredAndTheNextOneDelivered() {
        RedisComplianceReviewQueue queue = new RedisComplianceReviewQueue(link, clock);
        ComplianceReviewTask good =
                new ComplianceReviewTask(ContentId.random(), CheckType.BRAND_VOICE, ReviewPriority.NORMAL);
        queue.enqueue(WorkItemId.of("good"), good);
        // written by a future version with a check type this one does not know
        link.call(
                "corrupt",
                redis -> redis.hset(
                        "{compliance_review_queue}:tasks",
                        "good",
                        "{\"content_id\":\"" + good.contentId() + "\",\"check_type\":\"astrology\",\"priority\":3}"));
        queue.enqueue(WorkItemId.of("next"), good);

        assertThat(queue.claim(WORKER, VISIBILITY))
                .hasValueSatisfying(claim -> assertThat(claim.itemId()).isEqualTo(WorkItemId.of("next")));
        assertThat(queue.depth().deadLettered()).isEqualTo(1);
        assertThat(server.command("HGET", "{compliance_review_queue}:deadinfo", "good"))
                .contains("unreadable payload")
                .contains("astrology");
    }

    @Test
    void aBatchEnqueueIsPipelinedAndRefusesDuplicatesPerItem() {
        RedisContentGenerationQueue queue = new RedisContentGenerationQueue(link, clock);
        queue.enqueue(WorkItemId.of("b"), job("b", 5));
        Map<WorkItemId, GenerationJob> batch = new LinkedHashMap<>();
        batch.put(WorkItemId.of("a"), job("a", 5));
        batch.put(WorkItemId.of("b"), job("b", 5));
        batch.put(WorkItemId.of("c"), job("c", 9));

        assertThat(queue.enqueueAll(batch)).containsExactly(true, false, true);
        assertThat(drain(queue)).extracting(job -> job.request().prompt()).containsExactly("c", "b", "a");
    }

    @Test
    void allKeysOfAQueueShareOneHashTagSlot() {
        new RedisPublicationQueue(link, clock).enqueue(WorkItemId.of("x"), publication(clock.instant()));
        Set<String> keys = Set.of(server.command("KEYS", "*publication_queue*").split("\n"));
        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(key).startsWith("{publication_queue}:"));
        // the slot Redis Cluster would compute (CRC16 of the hash tag); our test server is no cluster
        Set<Integer> slots = new java.util.HashSet<>();
        keys.forEach(key -> slots.add(io.lettuce.core.cluster.SlotHash.getSlot(key)));
        assertThat(slots).hasSize(1);
        assertThat(keys).hasSizeGreaterThanOrEqualTo(4);
    }

    private static PublicationTask publication(Instant at) {
        return new PublicationTask(ContentId.random(), Platform.LINKEDIN, at, ScheduleEntryId.random());
    }
}
