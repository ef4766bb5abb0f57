-- Put a dead letter back in the queue at its original place with a fresh attempt count.
-- KEYS: as in queue-enqueue.lua
-- ARGV: 1 id
-- Returns 1, or 0 when there is no such dead letter.
local id = ARGV[1]
if redis.call('HEXISTS', KEYS[10], id) == 0 then
  return 0
end
redis.call('LREM', KEYS[9], 1, id)
redis.call('HDEL', KEYS[10], id)
redis.call('HDEL', KEYS[4], id)
redis.call('ZADD', KEYS[1], redis.call('HGET', KEYS[5], id), redis.call('HGET', KEYS[11], id))
return 1
