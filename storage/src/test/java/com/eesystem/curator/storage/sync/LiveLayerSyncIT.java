package com.eesystem.curator.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.brand.KnowledgeCategory;
import com.eesystem.curator.domain.brand.KnowledgeId;
import com.eesystem.curator.domain.brand.KnowledgeStatus;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.cache.BrandKnowledgeEntry;
import com.eesystem.curator.domain.cache.CacheEntry;
import com.eesystem.curator.domain.cache.CachedContentType;
import com.eesystem.curator.domain.cache.GenerationCache;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.generation.GeneratedContent;
import com.eesystem.curator.domain.generation.GenerationJob;
import com.eesystem.curator.domain.generation.GenerationPriority;
import com.eesystem.curator.domain.generation.GenerationRequest;
import com.eesystem.curator.domain.generation.GenerationTask;
import com.eesystem.curator.domain.generation.QueueStatus;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.queue.Claim;
import com.eesystem.curator.domain.queue.ComplianceReviewTask;
import com.eesystem.curator.domain.queue.ConsumerId;
import com.eesystem.curator.domain.queue.ReviewPriority;
import com.eesystem.curator.domain.queue.WorkItemId;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import com.eesystem.curator.storage.local.SqliteLiveOutbox;
import com.eesystem.curator.storage.redis.RedisBrandKnowledgeCache;
import com.eesystem.curator.storage.redis.RedisComplianceReviewQueue;
import com.eesystem.curator.storage.redis.RedisContentGenerationQueue;
import com.eesystem.curator.storage.redis.RedisGenerationCache;
import com.eesystem.curator.storage.redis.RedisLink;
import com.eesystem.curator.storage.redis.RedisSettings;
import com.eesystem.curator.storage.redis.RedisUnavailable;
import com.eesystem.curator.testsupport.RedisServer;
import com.eesystem.curator.testsupport.RedisServerExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live layer after a reconnect (real SQLite, real redis-server with AOF): work queued locally while
 * Redis was away reaches the Redis queues exactly once, also when Redis restarts in the middle of the
 * hand-off or when an earlier hand-off died after Redis acknowledged but before the local record; and
 * the brand cache is refilled from the local store.
 */
@ExtendWith(RedisServerExtension.class)
class LiveLayerSyncIT {

    private static final ConsumerId WORKER = ConsumerId.of("it/worker");

    private final RedisServer server;
    private final Clock clock = Clock.systemUTC();

    @TempDir
    Path folder;

    private LocalStore store;
    private RedisLink link;
    private SqliteLiveOutbox outbox;
    private RedisContentGenerationQueue generation;
    private RedisComplianceReviewQueue review;
    private LiveQueueHandOff handOff;

    LiveLayerSyncIT(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void open() {
        server.flushAll();
        store = LocalStore.open(
                LocalStoreSettings.defaults(folder.resolve("curator.db"), folder.resolve("backups")), clock);
        link = RedisLink.open(RedisSettings.fromUrl(server.url()));
        outbox = SqliteLiveOutbox.of(store, clock);
        generation = new RedisContentGenerationQueue(link, clock);
        review = new RedisComplianceReviewQueue(link, clock);
        handOff = new LiveQueueHandOff(outbox, generation, review);
    }

    @AfterEach
    void close() {
        link.close();
        store.close();
    }

    private void queueOffline(int tasks, int reviews) {
        for (int i = 0; i < tasks; i++) {
            store.generationQueue()
                    .enqueue(
                            GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "offline prompt " + i),
                            GenerationPriority.of(1 + i % 10));
        }
        for (int i = 0; i < reviews; i++) {
            outbox.holdReviewRequest(new ComplianceReviewTask(
                    ContentId.random(), CheckType.MEDICAL_CLAIM, ReviewPriority.of(1 + i % 5)));
        }
    }

    @Test
    void everyHeldItemIsPublishedOnceAndLeavesTheLocalQueue() {
        queueOffline(300, 40);
        assertThat(outbox.waitingCount()).isEqualTo(340);

        LiveQueueHandOff.HandOff first = handOff.publishWaiting();
        LiveQueueHandOff.HandOff again = handOff.publishWaiting();

        assertThat(first).isEqualTo(new LiveQueueHandOff.HandOff(300, 40));
        assertThat(again.total()).isZero();
        assertThat(outbox.waitingCount()).isZero();
        assertThat(generation.depth().waiting()).isEqualTo(300);
        assertThat(review.depth().waiting()).isEqualTo(40);
        // the Redis job names the local task it came from, each one once
        Set<Long> localTasks = new HashSet<>();
        for (Optional<Claim<GenerationJob>> claim = generation.claim(WORKER, Duration.ofMinutes(1));
                claim.isPresent();
                claim = generation.claim(WORKER, Duration.ofMinutes(1))) {
            assertThat(localTasks.add(
                            claim.get().payload().localTask().orElseThrow().value()))
                    .isTrue();
        }
        assertThat(localTasks).hasSize(300);
    }

    @Test
    void aHandOffThatDiedAfterRedisAcknowledgedIsNotDoubled() {
        queueOffline(50, 0);
        // the earlier hand-off: Redis took the jobs, then the app died before recording them locally
        Map<WorkItemId, GenerationJob> jobs = new LinkedHashMap<>();
        for (GenerationTask task : outbox.pendingGenerationTasks(100)) {
            jobs.put(outbox.itemIdOf(task), GenerationJob.from(task));
        }
        generation.enqueueAll(jobs);

        LiveQueueHandOff.HandOff resumed = handOff.publishWaiting();

        assertThat(resumed.generationTasks()).isEqualTo(50);
        assertThat(generation.depth().waiting()).isEqualTo(50);
        assertThat(outbox.pendingGenerationTasks(100)).isEmpty();
    }

    @Test
    void redisRestartedDuringTheHandOffLosesAndDoublesNothing() throws Exception {
        int tasks = 3000;
        int reviews = 300;
        queueOffline(tasks, reviews);
        AtomicInteger failures = new AtomicInteger();
        CompletableFuture<Void> syncing = CompletableFuture.runAsync(() -> {
            while (true) {
                try {
                    handOff.publishWaiting();
                    if (outbox.waitingCount() == 0) {
                        return;
                    }
                } catch (RedisUnavailable e) {
                    failures.incrementAndGet();
                    sleep(100);
                }
            }
        });
        // restart as soon as the first batches are in Redis, while the rest is still on its way
        while (outbox.waitingCount() == tasks + reviews) {
            sleep(5);
        }
        long waitingAtRestart = outbox.waitingCount();
        server.crash();
        sleep(300);
        server.start();
        syncing.get(120, TimeUnit.SECONDS);

        assertThat(waitingAtRestart).isPositive();
        assertThat(failures.get())
                .as("hand-off attempts that met the dead server")
                .isPositive();
        assertThat(outbox.waitingCount()).isZero();
        assertThat(generation.depth().waiting()).isEqualTo(tasks);
        assertThat(review.depth().waiting()).isEqualTo(reviews);
        // every local row left the local queue, so no local worker runs a task Redis also holds
        assertThat(store.generationQueue().withStatus(QueueStatus.PENDING, 10)).isEmpty();
    }

    @Test
    void warmingFillsTheBrandCacheFromTheLocalStoreAgainAfterRedisLostIt() {
        store.brandGuidelines().save(guideline("No disease claims", List.of("say: may support"), List.of("cure")));
        store.brandGuidelines().save(guideline("Back every claim", List.of("cite a study"), List.of("proven")));
        store.brandKnowledge()
                .save(new BrandKnowledge(
                        KnowledgeId.random(),
                        KnowledgeType.CLAIM,
                        "Relaxation",
                        "Sessions may support relaxation.",
                        null,
                        new Score(0.5),
                        KnowledgeCategory.MEDICAL,
                        KnowledgeStatus.ACTIVE,
                        1,
                        clock.instant(),
                        clock.instant()));
        RedisBrandKnowledgeCache cache = new RedisBrandKnowledgeCache(link);
        LiveCacheWarmer warmer = new LiveCacheWarmer(store.brandGuidelines(), store.brandKnowledge(), cache, clock);

        assertThat(warmer.warm()).isEqualTo(2);
        BrandKnowledgeEntry medical =
                cache.find(KnowledgeType.GUIDELINE, "medical").orElseThrow();
        assertThat(medical.lists().get("requirements")).containsExactlyInAnyOrder("say: may support", "cite a study");
        assertThat(medical.lists().get("restrictions")).containsExactlyInAnyOrder("cure", "proven");
        assertThat(cache.find(KnowledgeType.CLAIM, "medical").orElseThrow().content())
                .isEqualTo("Sessions may support relaxation.");

        server.flushAll(); // Redis came back empty (e.g. restarted without its data)
        assertThat(cache.find(KnowledgeType.GUIDELINE, "medical")).isEmpty();
        warmer.warm();
        assertThat(cache.find(KnowledgeType.GUIDELINE, "medical")).isPresent();
        assertThat(Long.parseLong(server.command("TTL", medical.redisKey()))).isBetween(3000L, 3600L);
    }

    @Test
    void warmingOffersTheGenerationsCachedLocallyForTheTimeTheyHaveLeftAndKeepsNewerRedisValues() {
        RedisGenerationCache cache = new RedisGenerationCache(link);
        var offline = GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "generated while offline");
        var known = GenerationRequest.of(ContentType.REEL, Platform.TIKTOK, "already generated by a colleague");
        var bad = GenerationRequest.of(ContentType.REEL, Platform.TIKTOK, "damaged local entry");
        GeneratedContent mine = new GeneratedContent("A calm morning.", "sunrise", Map.of("tone", "calm"));
        GeneratedContent theirs = new GeneratedContent("Their text.", "sea", Map.of());
        var local = store.contentCache();
        local.put(CacheEntry.of(
                GenerationCache.keyOf(offline),
                "{\"content\":\"A calm morning.\",\"media_prompts\":\"sunrise\",\"attributes\":{\"tone\":\"calm\"}}",
                CachedContentType.GENERATED_CONTENT,
                clock.instant().minus(Duration.ofHours(20)),
                Duration.ofHours(24)));
        local.put(CacheEntry.of(
                GenerationCache.keyOf(known),
                "{\"content\":\"My older text.\",\"media_prompts\":\"\",\"attributes\":{}}",
                CachedContentType.GENERATED_CONTENT,
                clock.instant(),
                Duration.ofHours(24)));
        local.put(CacheEntry.of(
                GenerationCache.keyOf(bad),
                "{\"content\": 12",
                CachedContentType.GENERATED_CONTENT,
                clock.instant(),
                Duration.ofHours(24)));
        local.put(
                CacheEntry.of("api:weather", "{}", CachedContentType.API_RESULT, clock.instant(), Duration.ofHours(1)));
        cache.store(known, theirs);

        int warmed = new GenerationCacheWarmer(outbox, cache, clock).warm();

        assertThat(warmed).as("only the entry Redis did not hold").isEqualTo(1);
        assertThat(cache.find(offline)).contains(mine);
        assertThat(cache.find(known)).as("Redis's value is kept").contains(theirs);
        assertThat(cache.find(bad)).isEmpty();
        assertThat(Long.parseLong(server.command("TTL", GenerationCache.keyOf(offline))))
                .as("the four hours the local entry had left, not a fresh day")
                .isBetween(4 * 3600L - 60, 4 * 3600L);
        assertThat(server.command("EXISTS", "api:weather")).isEqualTo("0");

        server.flushAll(); // Redis came back empty: the brand warmer with generations refills both
        LiveCacheWarmer warmer = new LiveCacheWarmer(
                        store.brandGuidelines(), store.brandKnowledge(), new RedisBrandKnowledgeCache(link), clock)
                .alsoGenerations(new GenerationCacheWarmer(outbox, cache, clock));
        assertThat(warmer.warm()).isEqualTo(2);
        assertThat(cache.find(known))
                .as("my own copy, now that Redis had none")
                .contains(new GeneratedContent("My older text.", "", Map.of()));
    }

    private BrandGuideline guideline(String title, List<String> requirements, List<String> restrictions) {
        return new BrandGuideline(
                GuidelineId.random(),
                GuidelineType.CLAIMS,
                GuidelineCategory.MEDICAL,
                title,
                "why it matters",
                requirements,
                restrictions,
                "Good: may support relaxation.",
                SeverityLevel.CRITICAL,
                List.of(Platform.INSTAGRAM),
                clock.instant(),
                clock.instant());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
