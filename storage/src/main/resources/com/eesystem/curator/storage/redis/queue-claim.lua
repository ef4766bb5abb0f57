-- Claim the first deliverable item, after returning expired claims to the queue.
-- KEYS: as in queue-enqueue.lua
-- ARGV: 1 now (epoch millis), 2 visibility timeout (millis), 3 highest deliverable score
--       ('+inf' for priority queues, now for due-time queues), 4 max attempts, 5 receipt
-- Returns {id, payload, attempt, deadline}, or {} when nothing is deliverable.
local now = tonumber(ARGV[1])
local maxAttempts = tonumber(ARGV[4])

-- a claim that ran out means its consumer died or stalled: redeliver, or dead-letter when spent
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 100)
for _, id in ipairs(expired) do
  redis.call('ZREM', KEYS[2], id)
  redis.call('HDEL', KEYS[6], id)
  local attempts = tonumber(redis.call('HGET', KEYS[4], id) or '0')
  if attempts >= maxAttempts then
    redis.call('RPUSH', KEYS[9], id)
    redis.call('HSET', KEYS[10], id, cjson.encode({
      attempts = attempts, reason = 'claim expired on the last attempt (consumer died or stalled)', at = now }))
  else
    redis.call('ZADD', KEYS[1], redis.call('HGET', KEYS[5], id), redis.call('HGET', KEYS[11], id))
  end
end

local next = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[3], 'LIMIT', 0, 1)
if #next == 0 then
  return {}
end
local member = next[1]
local id = string.sub(member, 17)
local deadline = now + tonumber(ARGV[2])
redis.call('ZREM', KEYS[1], member)
local attempt = redis.call('HINCRBY', KEYS[4], id, 1)
redis.call('ZADD', KEYS[2], deadline, id)
redis.call('HSET', KEYS[6], id, ARGV[5])
return {id, redis.call('HGET', KEYS[3], id), attempt, deadline}
