-- Acknowledge a finished item: it leaves the queue, and its id is remembered to refuse duplicates.
-- KEYS: as in queue-enqueue.lua
-- ARGV: 1 id, 2 receipt, 3 now (epoch millis), 4 how long acknowledged ids are remembered (millis)
-- Returns 'SETTLED', or 'CLAIM_LOST' when the receipt is no longer the item's current claim.
local id = ARGV[1]
if redis.call('HGET', KEYS[6], id) ~= ARGV[2] then
  return 'CLAIM_LOST'
end
local now = tonumber(ARGV[3])
redis.call('ZREM', KEYS[2], id)
for _, hash in ipairs({KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[11]}) do
  redis.call('HDEL', hash, id)
end
redis.call('ZADD', KEYS[7], now, id)
redis.call('ZREMRANGEBYSCORE', KEYS[7], '-inf', now - tonumber(ARGV[4]))
return 'SETTLED'
