package com.eesystem.curator.storage.redis;

import java.util.Objects;

/**
 * The Redis keys of one reliable queue. They all carry the queue name as a hash tag
 * ({@code {content_generation_queue}:ready}), so on Redis Cluster they live in one slot and a Lua
 * script may touch them together.
 */
record QueueKeys(String queue) {

    QueueKeys {
        Objects.requireNonNull(queue, "queue");
        if (!queue.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("queue name: \"" + queue + "\" must be lower-case letters, digits, _");
        }
    }

    /**
     * ZSET of waiting items: member {@code <15-digit arrival number>:<id>}, score the ordering score.
     * The arrival number in the member makes equal scores come out in arrival order.
     */
    String ready() {
        return key("ready");
    }

    /** ZSET id → claim deadline (epoch millis): items claimed and not yet acknowledged. */
    String inFlight() {
        return key("inflight");
    }

    /** HASH id → payload JSON. */
    String tasks() {
        return key("tasks");
    }

    /** HASH id → number of claims so far. */
    String attempts() {
        return key("attempts");
    }

    /** HASH id → ordering score, to put a redelivered item back at its place. */
    String scores() {
        return key("scores");
    }

    /** HASH id → receipt of the current claim. */
    String leases() {
        return key("leases");
    }

    /** ZSET id → acknowledgement time: recently finished ids, refused if enqueued again. */
    String acked() {
        return key("acked");
    }

    /** STRING counter: arrival order for FIFO within a priority. */
    String sequence() {
        return key("seq");
    }

    /** LIST of dead-lettered ids, oldest first (their payloads stay in {@link #tasks()}). */
    String deadLetters() {
        return key("dead");
    }

    /** HASH id → JSON {attempts, reason, at} of each dead letter. */
    String deadInfo() {
        return key("deadinfo");
    }

    /** HASH id → its member in {@link #ready()}. */
    String members() {
        return key("members");
    }

    /** The KEYS array every queue script takes, in this order. */
    String[] all() {
        return new String[] {
            ready(),
            inFlight(),
            tasks(),
            attempts(),
            scores(),
            leases(),
            acked(),
            sequence(),
            deadLetters(),
            deadInfo(),
            members()
        };
    }

    private String key(String part) {
        return "{" + queue + "}:" + part;
    }
}
