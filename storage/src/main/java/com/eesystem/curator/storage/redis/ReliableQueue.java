package com.eesystem.curator.storage.redis;

import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An at-least-once work queue in Redis, as text: the mechanics under the typed queue adapters.
 *
 * <p>Every move (enqueue, claim, ack, fail, release, extend, redrive) is one Lua script, so an item is
 * always in exactly one place: waiting, in flight under one claim, dead-lettered, or gone
 * (acknowledged). A claim hides the item until its deadline; if no ack arrives by then, the next
 * claim puts the item back at its original place and any consumer gets it, its attempt count raised.
 * After {@code maxAttempts} claims it goes to the dead letters instead. Item ids are idempotency keys:
 * an id that is waiting, in flight, dead-lettered or was acknowledged within {@code ackedRetention}
 * is not enqueued again. Ordering is in docs/queues.md.
 */
final class ReliableQueue {

    /** How a queue orders its items; the score is the sort key of the {@code ready} sorted set. */
    enum Ordering {
        /** Lowest score first, arrival order within a score. */
        SCORE_THEN_ARRIVAL,
        /** Score is the due time (epoch millis): deliverable only once due, earliest first, then arrival. */
        DUE_TIME
    }

    /** One delivery: the receipt identifies it when settling. */
    record Lease(String id, String payload, int attempt, Instant deadline, String receipt) {}

    record DeadLetter(String id, String payload, int attempts, String reason, Instant at) {}

    enum Settled {
        SETTLED,
        CLAIM_LOST
    }

    /** What a failed attempt led to, with the attempts made so far. */
    record Failed(Kind kind, int attempts) {
        enum Kind {
            WILL_RETRY,
            DEAD_LETTERED,
            CLAIM_LOST
        }
    }

    record Item(String id, String payload, long score) {}

    record Depth(long waiting, long inFlight, long deadLettered) {}

    static final List<LuaScript> SCRIPTS = List.of(
            LuaScript.resource("queue-enqueue"),
            LuaScript.resource("queue-claim"),
            LuaScript.resource("queue-ack"),
            LuaScript.resource("queue-fail"),
            LuaScript.resource("queue-release"),
            LuaScript.resource("queue-extend"),
            LuaScript.resource("queue-redrive"),
            LuaScript.resource("queue-enqueue-batch"));

    private static final LuaScript ENQUEUE = SCRIPTS.get(0);
    private static final LuaScript CLAIM = SCRIPTS.get(1);
    private static final LuaScript ACK = SCRIPTS.get(2);
    private static final LuaScript FAIL = SCRIPTS.get(3);
    private static final LuaScript RELEASE = SCRIPTS.get(4);
    private static final LuaScript EXTEND = SCRIPTS.get(5);
    private static final LuaScript REDRIVE = SCRIPTS.get(6);
    private static final LuaScript ENQUEUE_BATCH = SCRIPTS.get(7);
    /** Items per batch script: keeps each script short, since Redis serves nobody else while it runs. */
    private static final int CHUNK = 256;

    private final RedisLink link;
    private final QueueKeys keys;
    private final Ordering ordering;
    private final int maxAttempts;
    private final Duration ackedRetention;
    private final Clock clock;

    ReliableQueue(
            RedisLink link, String name, Ordering ordering, int maxAttempts, Duration ackedRetention, Clock clock) {
        this.link = Objects.requireNonNull(link, "link");
        this.keys = new QueueKeys(name);
        this.ordering = Objects.requireNonNull(ordering, "ordering");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ackedRetention = Objects.requireNonNull(ackedRetention, "ackedRetention");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(name + ": maxAttempts " + maxAttempts + " must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        link.load(SCRIPTS);
    }

    String name() {
        return keys.queue();
    }

    QueueKeys keys() {
        return keys;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    Clock clock() {
        return clock;
    }

    /** Returns false, changing nothing, when the id is waiting, in flight, dead or recently acknowledged. */
    boolean enqueue(String id, String payload, long score) {
        requireId(id);
        Long added = link.eval(ENQUEUE, ScriptOutputType.INTEGER, keys.all(), id, payload, Long.toString(score));
        return added == 1L;
    }

    /**
     * Enqueues many items with one script per {@value #CHUNK} items, all chunks pipelined (sent before
     * any reply is read). Each chunk is atomic; a batch of several chunks is not. Returns, per item,
     * whether it was added (false: a duplicate id).
     */
    List<Boolean> enqueueAll(List<Item> items) {
        items.forEach(item -> requireId(item.id()));
        RedisAsyncCommands<String, String> async = link.async("enqueue batch");
        String[] keyArray = keys.all();
        List<List<Item>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + CHUNK)));
        }
        List<RedisFuture<List<Object>>> replies = new ArrayList<>(chunks.size());
        for (List<Item> chunk : chunks) {
            replies.add(async.evalsha(ENQUEUE_BATCH.sha(), ScriptOutputType.MULTI, keyArray, batchArguments(chunk)));
        }
        List<Boolean> added = new ArrayList<>(items.size());
        for (int i = 0; i < replies.size(); i++) {
            List<Object> reply;
            try {
                reply = link.await("enqueue batch", replies.get(i));
            } catch (RedisNoScriptException e) {
                // the script cache was emptied by a server restart: this chunk never ran, redo it
                reply = link.eval(ENQUEUE_BATCH, ScriptOutputType.MULTI, keyArray, batchArguments(chunks.get(i)));
            }
            reply.forEach(flag -> added.add(Long.valueOf(1).equals(flag)));
        }
        return added;
    }

    private static String[] batchArguments(List<Item> chunk) {
        String[] arguments = new String[chunk.size() * 3];
        for (int i = 0; i < chunk.size(); i++) {
            Item item = chunk.get(i);
            arguments[3 * i] = item.id();
            arguments[3 * i + 1] = item.payload();
            arguments[3 * i + 2] = Long.toString(item.score());
        }
        return arguments;
    }

    Optional<Lease> claim(String consumer, Duration visibility) {
        requirePositive(visibility);
        long now = clock.millis();
        // the receipt names the consumer, which helps when reading a stuck queue by hand
        String receipt = consumer + "/" + UUID.randomUUID();
        String highest = ordering == Ordering.DUE_TIME ? Long.toString(now) : "+inf";
        List<Object> reply = link.eval(
                CLAIM,
                ScriptOutputType.MULTI,
                keys.all(),
                Long.toString(now),
                Long.toString(visibility.toMillis()),
                highest,
                Integer.toString(maxAttempts),
                receipt);
        if (reply == null || reply.isEmpty() || reply.get(0) == null) {
            return Optional.empty();
        }
        return Optional.of(new Lease(
                (String) reply.get(0),
                (String) reply.get(1),
                ((Long) reply.get(2)).intValue(),
                Instant.ofEpochMilli((Long) reply.get(3)),
                receipt));
    }

    Settled ack(Lease lease) {
        String outcome = link.eval(
                ACK,
                ScriptOutputType.VALUE,
                keys.all(),
                lease.id(),
                lease.receipt(),
                Long.toString(clock.millis()),
                Long.toString(ackedRetention.toMillis()));
        return Settled.valueOf(outcome);
    }

    /** A failed attempt: waits again at its place, or dead-lettered once attempts are spent. */
    Failed fail(Lease lease, String reason) {
        return fail(lease, reason, false);
    }

    /** An item that can never succeed (e.g. an unreadable payload): straight to the dead letters. */
    Failed deadLetter(Lease lease, String reason) {
        return fail(lease, reason, true);
    }

    /** Gives the item back untouched; the attempt does not count. */
    Settled release(Lease lease) {
        String outcome = link.eval(RELEASE, ScriptOutputType.VALUE, keys.all(), lease.id(), lease.receipt());
        return Settled.valueOf(outcome);
    }

    /** Moves the deadline to now + visibility; empty when the claim was already lost. */
    Optional<Lease> extend(Lease lease, Duration visibility) {
        requirePositive(visibility);
        Instant deadline = Instant.ofEpochMilli(clock.millis() + visibility.toMillis());
        String outcome = link.eval(
                EXTEND,
                ScriptOutputType.VALUE,
                keys.all(),
                lease.id(),
                lease.receipt(),
                Long.toString(deadline.toEpochMilli()));
        if (Settled.valueOf(outcome) == Settled.CLAIM_LOST) {
            return Optional.empty();
        }
        return Optional.of(new Lease(lease.id(), lease.payload(), lease.attempt(), deadline, lease.receipt()));
    }

    /** Back in the queue at its original place with a fresh attempt count; false if no such dead letter. */
    boolean redrive(String id) {
        Long moved = link.eval(REDRIVE, ScriptOutputType.INTEGER, keys.all(), id);
        return moved == 1L;
    }

    /** The dead letters, oldest first. */
    List<DeadLetter> deadLetters() {
        return link.call("read dead letters", redis -> {
            List<String> ids = redis.lrange(keys.deadLetters(), 0, -1);
            if (ids.isEmpty()) {
                return List.of();
            }
            String[] fields = ids.toArray(String[]::new);
            List<KeyValue<String, String>> infos = redis.hmget(keys.deadInfo(), fields);
            List<KeyValue<String, String>> payloads = redis.hmget(keys.tasks(), fields);
            List<DeadLetter> letters = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                if (!infos.get(i).hasValue() || !payloads.get(i).hasValue()) {
                    continue; // redriven between the reads
                }
                JsonNode info = JsonCodec.instance().tree(infos.get(i).getValue());
                letters.add(new DeadLetter(
                        ids.get(i),
                        payloads.get(i).getValue(),
                        info.path("attempts").asInt(),
                        info.path("reason").asText(),
                        Instant.ofEpochMilli(info.path("at").asLong())));
            }
            return letters;
        });
    }

    Depth depth() {
        return link.call(
                "queue depth",
                redis -> new Depth(
                        redis.zcard(keys.ready()), redis.zcard(keys.inFlight()), redis.llen(keys.deadLetters())));
    }

    /** The lowest waiting score (for a due-time queue: the earliest due time), if any item waits. */
    Optional<Long> lowestWaitingScore() {
        List<ScoredValue<String>> first =
                link.call("first waiting", redis -> redis.zrangeWithScores(keys.ready(), 0, 0));
        return first.isEmpty()
                ? Optional.empty()
                : Optional.of((long) first.get(0).getScore());
    }

    /** The earliest claim deadline, if any item is in flight: it may be redelivered from then. */
    Optional<Long> earliestDeadline() {
        List<ScoredValue<String>> first =
                link.call("first in flight", redis -> redis.zrangeWithScores(keys.inFlight(), 0, 0));
        return first.isEmpty()
                ? Optional.empty()
                : Optional.of((long) first.get(0).getScore());
    }

    private Failed fail(Lease lease, String reason, boolean giveUp) {
        List<Object> reply = link.eval(
                FAIL,
                ScriptOutputType.MULTI,
                keys.all(),
                lease.id(),
                lease.receipt(),
                Long.toString(clock.millis()),
                Integer.toString(maxAttempts),
                Objects.requireNonNull(reason, "reason"),
                giveUp ? "1" : "0");
        return new Failed(Failed.Kind.valueOf((String) reply.get(0)), ((Long) reply.get(1)).intValue());
    }

    private void requireId(String id) {
        Objects.requireNonNull(id, "item id");
        if (id.isBlank()) {
            throw new IllegalArgumentException(name() + ": item id is blank");
        }
    }

    private static void requirePositive(Duration visibility) {
        if (visibility.isNegative() || visibility.isZero()) {
            throw new IllegalArgumentException("visibility timeout: " + visibility + " is not positive");
        }
    }
}
