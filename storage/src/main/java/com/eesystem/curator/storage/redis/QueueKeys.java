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

    /** ZSET task id → ordering score: tasks waiting to be claimed. */
    String ready() {
        return key("ready");
    }

    /** ZSET task id → lease deadline (epoch millis): tasks claimed and not yet acknowledged. */
    String inFlight() {
        return key("inflight");
    }

    /** HASH task id → payload JSON. */
    String tasks() {
        return key("tasks");
    }

    /** HASH task id → number of claims so far. */
    String attempts() {
        return key("attempts");
    }

    /** HASH task id → ordering score, to put a redelivered task back at its place. */
    String scores() {
        return key("scores");
    }

    /** HASH task id → token of the current lease. */
    String leases() {
        return key("leases");
    }

    /** ZSET task id → acknowledgement time: recently finished ids, refused if enqueued again. */
    String acked() {
        return key("acked");
    }

    /** STRING counter: arrival order for FIFO within a priority. */
    String sequence() {
        return key("seq");
    }

    /** LIST of dead-letter JSON entries (id, payload, attempts, reason, at). */
    String deadLetters() {
        return key("dead");
    }

    /** The KEYS array every queue script takes, in this order. */
    String[] all() {
        return new String[] {
            ready(), inFlight(), tasks(), attempts(), scores(), leases(), acked(), sequence(), deadLetters()
        };
    }

    private String key(String part) {
        return "{" + queue + "}:" + part;
    }
}
