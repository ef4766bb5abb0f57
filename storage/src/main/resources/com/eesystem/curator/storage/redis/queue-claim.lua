-- Claim the first deliverable task, after returning expired leases to the queue.
-- KEYS: 1 ready, 2 inflight, 3 tasks, 4 attempts, 5 scores, 6 leases, 7 acked, 8 seq, 9 dead
-- ARGV: 1 now (epoch millis), 2 visibility timeout (millis), 3 highest deliverable score
--       ('+inf' for priority queues, now for due-time queues), 4 max attempts, 5 lease token
-- Returns {id, payload, attempt}, or {} when nothing is deliverable.
local now = tonumber(ARGV[1])
local maxAttempts = tonumber(ARGV[4])

-- a lease that ran out means its consumer died or stalled: redeliver, or dead-letter when spent
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 100)
for _, id in ipairs(expired) do
  redis.call('ZREM', KEYS[2], id)
  redis.call('HDEL', KEYS[6], id)
  local attempts = tonumber(redis.call('HGET', KEYS[4], id) or '0')
  if attempts >= maxAttempts then
    redis.call('RPUSH', KEYS[9], cjson.encode({
      id = id, payload = redis.call('HGET', KEYS[3], id), attempts = attempts,
      reason = 'visibility timeout expired on the last attempt', at = now }))
    redis.call('HDEL', KEYS[3], id)
    redis.call('HDEL', KEYS[4], id)
    redis.call('HDEL', KEYS[5], id)
  else
    redis.call('ZADD', KEYS[1], redis.call('HGET', KEYS[5], id), id)
  end
end

local next = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[3], 'LIMIT', 0, 1)
if #next == 0 then
  return {}
end
local id = next[1]
redis.call('ZREM', KEYS[1], id)
local attempt = redis.call('HINCRBY', KEYS[4], id, 1)
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), id)
redis.call('HSET', KEYS[6], id, ARGV[5])
return {id, redis.call('HGET', KEYS[3], id), attempt}
