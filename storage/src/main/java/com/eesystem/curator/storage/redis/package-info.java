/**
 * The live layer on Redis (Lettuce): session, generation, brand and agent keys, the coordination log
 * with its pub/sub channel, and the three reliable work queues, each an adapter of a domain port.
 * {@link com.eesystem.curator.storage.redis.RedisLink} owns the connection and the availability signal
 * the offline fallback listens to. Keys and TTLs: docs/data-model.md; queue guarantees: docs/queues.md.
 */
package com.eesystem.curator.storage.redis;
