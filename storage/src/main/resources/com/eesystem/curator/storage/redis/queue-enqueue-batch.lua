-- Enqueue many items in one step (the batch form of queue-enqueue.lua: same checks, same order).
-- KEYS: as in queue-enqueue.lua
-- ARGV: triplets of id, payload JSON, score
-- Returns one 1 (enqueued) or 0 (duplicate id) per item, in order.
local added = {}
for i = 1, #ARGV, 3 do
  local id = ARGV[i]
  if redis.call('HEXISTS', KEYS[3], id) == 1 or redis.call('ZSCORE', KEYS[7], id) then
    added[#added + 1] = 0
  else
    local member = string.format('%015d', redis.call('INCR', KEYS[8])) .. ':' .. id
    redis.call('HSET', KEYS[3], id, ARGV[i + 1])
    redis.call('HSET', KEYS[5], id, ARGV[i + 2])
    redis.call('HSET', KEYS[11], id, member)
    redis.call('ZADD', KEYS[1], ARGV[i + 2], member)
    added[#added + 1] = 1
  end
end
return added
