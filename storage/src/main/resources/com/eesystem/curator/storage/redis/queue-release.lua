-- Give a claimed task back after a failed attempt: it waits again at its place, or goes to the
-- dead letters when its attempts are spent (or the caller says it can never succeed).
-- KEYS: 1 ready, 2 inflight, 3 tasks, 4 attempts, 5 scores, 6 leases, 7 acked, 8 seq, 9 dead
-- ARGV: 1 id, 2 lease token, 3 now (epoch millis), 4 max attempts, 5 reason, 6 give up ('1'/'0')
-- Returns 'RELEASED', 'DEAD_LETTERED' or 'LEASE_LOST'.
local id = ARGV[1]
if redis.call('HGET', KEYS[6], id) ~= ARGV[2] then
  return 'LEASE_LOST'
end
redis.call('ZREM', KEYS[2], id)
redis.call('HDEL', KEYS[6], id)
local attempts = tonumber(redis.call('HGET', KEYS[4], id) or '0')
if ARGV[6] == '1' or attempts >= tonumber(ARGV[4]) then
  redis.call('RPUSH', KEYS[9], cjson.encode({
    id = id, payload = redis.call('HGET', KEYS[3], id), attempts = attempts,
    reason = ARGV[5], at = tonumber(ARGV[3]) }))
  redis.call('HDEL', KEYS[3], id)
  redis.call('HDEL', KEYS[4], id)
  redis.call('HDEL', KEYS[5], id)
  return 'DEAD_LETTERED'
end
redis.call('ZADD', KEYS[1], redis.call('HGET', KEYS[5], id), id)
return 'RELEASED'
