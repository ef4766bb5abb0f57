package com.eesystem.curator.storage.redis;

import com.eesystem.curator.storage.redis.ReliableQueue.Ordering;
import java.time.Clock;
import java.time.Duration;

/**
 * A consumer in its own JVM, for the "consumer killed mid-task" test: it claims one task, says so on
 * stdout, and then works "forever" until the test kills the process.
 */
final class QueueConsumerProcess {

    private QueueConsumerProcess() {}

    public static void main(String[] args) throws InterruptedException {
        String url = args[0];
        String queueName = args[1];
        Duration visibility = Duration.ofMillis(Long.parseLong(args[2]));
        RedisLink link = RedisLink.open(RedisSettings.fromUrl(url));
        ReliableQueue queue = new ReliableQueue(
                link, queueName, Ordering.SCORE_THEN_ARRIVAL, 3, Duration.ofHours(1), Clock.systemUTC());
        var lease = queue.claim("test", visibility).orElseThrow();
        System.out.println("CLAIMED " + lease.id() + " " + lease.attempt());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
