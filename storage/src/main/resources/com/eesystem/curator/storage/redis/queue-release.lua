-- Give a claimed item back untouched (the consumer shuts down): it waits again at its place and
-- the attempt does not count.
-- KEYS: as in queue-enqueue.lua
-- ARGV: 1 id, 2 receipt
-- Returns 'SETTLED' or 'CLAIM_LOST'.
local id = ARGV[1]
if redis.call('HGET', KEYS[6], id) ~= ARGV[2] then
  return 'CLAIM_LOST'
end
redis.call('ZREM', KEYS[2], id)
redis.call('HDEL', KEYS[6], id)
redis.call('HINCRBY', KEYS[4], id, -1)
redis.call('ZADD', KEYS[1], redis.call('HGET', KEYS[5], id), redis.call('HGET', KEYS[11], id))
return 'SETTLED'
