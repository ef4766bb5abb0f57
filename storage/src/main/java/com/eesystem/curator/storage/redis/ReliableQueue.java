package com.eesystem.curator.storage.redis;

import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.RedisFuture;
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
 * <p>Every move (enqueue, claim, ack, release, extend) is one Lua script, so a task is always in
 * exactly one place: waiting, in flight under one lease, acknowledged, or dead-lettered. A claim takes
 * a lease with a visibility timeout; if no ack arrives before it runs out, the next claim puts the
 * task back at its original place and another consumer gets it, with its attempt count raised. After
 * {@code maxAttempts} claims the task goes to the dead letters instead. Task ids are idempotency keys:
 * an id that is waiting, in flight or was acknowledged within {@code ackedRetention} is not enqueued
 * again. Ordering is in docs/queues.md.
 */
final class ReliableQueue {

    /** How a queue orders its tasks; the score is the sort key of the {@code ready} sorted set. */
    enum Ordering {
        /** Lower rank first, arrival order within a rank. Rank must be in 0..4095. */
        RANK_THEN_FIFO,
        /** Earliest due time first; deliverable only once due. Ties: by task id. */
        DUE_TIME
    }

    /** A claimed task: deliver it, then ack or release with this lease. */
    record Lease(String id, String payload, int attempt, String token) {}

    record DeadLetter(String id, String payload, int attempts, String reason, Instant at) {}

    enum AckOutcome {
        ACKED,
        ALREADY_ACKED,
        LEASE_LOST
    }

    enum ReleaseOutcome {
        RELEASED,
        DEAD_LETTERED,
        LEASE_LOST
    }

    record Item(String id, String payload, long primary) {}

    static final List<LuaScript> SCRIPTS = List.of(
            LuaScript.resource("queue-enqueue"),
            LuaScript.resource("queue-claim"),
            LuaScript.resource("queue-ack"),
            LuaScript.resource("queue-release"),
            LuaScript.resource("queue-extend"));

    private static final LuaScript ENQUEUE = SCRIPTS.get(0);
    private static final LuaScript CLAIM = SCRIPTS.get(1);
    private static final LuaScript ACK = SCRIPTS.get(2);
    private static final LuaScript RELEASE = SCRIPTS.get(3);
    private static final LuaScript EXTEND = SCRIPTS.get(4);
    private static final long MAX_RANK = 4095;

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
            throw new IllegalArgumentException("maxAttempts: " + maxAttempts + " must be at least 1");
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

    /** Returns false when the id is already waiting, in flight or recently acknowledged. */
    boolean enqueue(String id, String payload, long primary) {
        checkPrimary(id, primary);
        Long added = link.eval(ENQUEUE, ScriptOutputType.INTEGER, keys.all(), enqueueArguments(id, payload, primary));
        return added == 1L;
    }

    /**
     * Enqueues many tasks in one pipeline (all scripts sent before any reply is read). Each script is
     * still atomic on its own; the batch as a whole is not. Returns, per item, whether it was added.
     */
    List<Boolean> enqueueAll(List<Item> items) {
        items.forEach(item -> checkPrimary(item.id(), item.primary()));
        RedisAsyncCommands<String, String> async = link.async("enqueue batch");
        String[] keyArray = keys.all();
        List<RedisFuture<Long>> replies = new ArrayList<>(items.size());
        for (Item item : items) {
            replies.add(async.evalsha(
                    ENQUEUE.sha(),
                    ScriptOutputType.INTEGER,
                    keyArray,
                    enqueueArguments(item.id(), item.payload(), item.primary())));
        }
        List<Boolean> added = new ArrayList<>(items.size());
        for (int i = 0; i < replies.size(); i++) {
            try {
                added.add(link.await("enqueue batch", replies.get(i)) == 1L);
            } catch (io.lettuce.core.RedisNoScriptException e) {
                // script cache emptied by a server restart: load it and do the rest one by one
                Item item = items.get(i);
                added.add(enqueue(item.id(), item.payload(), item.primary()));
            }
        }
        return added;
    }

    Optional<Lease> claim(Duration visibility) {
        if (visibility.isNegative() || visibility.isZero()) {
            throw new IllegalArgumentException("visibility: " + visibility + " is not positive");
        }
        long now = clock.millis();
        String token = UUID.randomUUID().toString();
        String highest = ordering == Ordering.DUE_TIME ? Long.toString(now) : "+inf";
        List<Object> reply = link.eval(
                CLAIM,
                ScriptOutputType.MULTI,
                keys.all(),
                Long.toString(now),
                Long.toString(visibility.toMillis()),
                highest,
                Integer.toString(maxAttempts),
                token);
        if (reply == null || reply.isEmpty() || reply.get(0) == null) {
            return Optional.empty();
        }
        return Optional.of(
                new Lease((String) reply.get(0), (String) reply.get(1), ((Long) reply.get(2)).intValue(), token));
    }

    AckOutcome ack(Lease lease) {
        String outcome = link.eval(
                ACK,
                ScriptOutputType.VALUE,
                keys.all(),
                lease.id(),
                lease.token(),
                Long.toString(clock.millis()),
                Long.toString(ackedRetention.toMillis()));
        return AckOutcome.valueOf(outcome);
    }

    /** A failed attempt: back in the queue at its place, or dead-lettered once attempts are spent. */
    ReleaseOutcome release(Lease lease, String reason) {
        return release(lease, reason, false);
    }

    /** A task that can never succeed (bad payload): straight to the dead letters. */
    ReleaseOutcome deadLetter(Lease lease, String reason) {
        return release(lease, reason, true);
    }

    /** Pushes the lease deadline to now + visibility; false when the lease was already lost. */
    boolean extend(Lease lease, Duration visibility) {
        String outcome = link.eval(
                EXTEND,
                ScriptOutputType.VALUE,
                keys.all(),
                lease.id(),
                lease.token(),
                Long.toString(clock.millis() + visibility.toMillis()));
        return "EXTENDED".equals(outcome);
    }

    List<DeadLetter> deadLetters() {
        List<String> entries = link.call("LRANGE dead letters", redis -> redis.lrange(keys.deadLetters(), 0, -1));
        List<DeadLetter> letters = new ArrayList<>(entries.size());
        for (String entry : entries) {
            JsonNode node = JsonCodec.instance().tree(entry);
            letters.add(new DeadLetter(
                    node.path("id").asText(),
                    node.path("payload").asText(),
                    node.path("attempts").asInt(),
                    node.path("reason").asText(),
                    Instant.ofEpochMilli(node.path("at").asLong())));
        }
        return letters;
    }

    long waiting() {
        return link.call("ZCARD ready", redis -> redis.zcard(keys.ready()));
    }

    long inFlight() {
        return link.call("ZCARD inflight", redis -> redis.zcard(keys.inFlight()));
    }

    private ReleaseOutcome release(Lease lease, String reason, boolean giveUp) {
        String outcome = link.eval(
                RELEASE,
                ScriptOutputType.VALUE,
                keys.all(),
                lease.id(),
                lease.token(),
                Long.toString(clock.millis()),
                Integer.toString(maxAttempts),
                reason,
                giveUp ? "1" : "0");
        return ReleaseOutcome.valueOf(outcome);
    }

    private String[] enqueueArguments(String id, String payload, long primary) {
        return new String[] {id, payload, Long.toString(primary), ordering == Ordering.RANK_THEN_FIFO ? "1" : "0"};
    }

    private void checkPrimary(String id, long primary) {
        Objects.requireNonNull(id, "task id");
        if (id.isBlank()) {
            throw new IllegalArgumentException(name() + ": task id is blank");
        }
        if (ordering == Ordering.RANK_THEN_FIFO && (primary < 0 || primary > MAX_RANK)) {
            throw new IllegalArgumentException(
                    name() + ": rank " + primary + " of task " + id + " is not in 0.." + MAX_RANK);
        }
    }
}
