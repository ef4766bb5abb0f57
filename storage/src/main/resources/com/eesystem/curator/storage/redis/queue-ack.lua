-- Acknowledge a finished task: it leaves the queue and its id is remembered to refuse duplicates.
-- KEYS: 1 ready, 2 inflight, 3 tasks, 4 attempts, 5 scores, 6 leases, 7 acked, 8 seq, 9 dead
-- ARGV: 1 id, 2 lease token, 3 now (epoch millis), 4 how long acked ids are remembered (millis)
-- Returns 'ACKED', 'ALREADY_ACKED' or 'LEASE_LOST' (the lease ran out and the task went to another
-- consumer, which now owns it).
local id = ARGV[1]
if redis.call('HGET', KEYS[6], id) ~= ARGV[2] then
  if redis.call('ZSCORE', KEYS[7], id) then
    return 'ALREADY_ACKED'
  end
  return 'LEASE_LOST'
end
local now = tonumber(ARGV[3])
redis.call('ZREM', KEYS[2], id)
redis.call('HDEL', KEYS[3], id)
redis.call('HDEL', KEYS[4], id)
redis.call('HDEL', KEYS[5], id)
redis.call('HDEL', KEYS[6], id)
redis.call('ZADD', KEYS[7], now, id)
redis.call('ZREMRANGEBYSCORE', KEYS[7], '-inf', now - tonumber(ARGV[4]))
return 'ACKED'
