-- A failed attempt: the item waits again at its place, or goes to the dead letters when its
-- attempts are spent (or the consumer says it can never succeed).
-- KEYS: as in queue-enqueue.lua
-- ARGV: 1 id, 2 receipt, 3 now (epoch millis), 4 max attempts, 5 reason, 6 give up ('1'/'0')
-- Returns {'WILL_RETRY', attempts}, {'DEAD_LETTERED', attempts} or {'CLAIM_LOST', 0}.
local id = ARGV[1]
if redis.call('HGET', KEYS[6], id) ~= ARGV[2] then
  return {'CLAIM_LOST', 0}
end
redis.call('ZREM', KEYS[2], id)
redis.call('HDEL', KEYS[6], id)
local attempts = tonumber(redis.call('HGET', KEYS[4], id) or '0')
if ARGV[6] == '1' or attempts >= tonumber(ARGV[4]) then
  redis.call('RPUSH', KEYS[9], id)
  redis.call('HSET', KEYS[10], id, cjson.encode({ attempts = attempts, reason = ARGV[5], at = tonumber(ARGV[3]) }))
  return {'DEAD_LETTERED', attempts}
end
redis.call('ZADD', KEYS[1], redis.call('HGET', KEYS[5], id), redis.call('HGET', KEYS[11], id))
return {'WILL_RETRY', attempts}
