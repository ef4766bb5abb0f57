-- Move the deadline of a claim that is still being worked on (a long task's heartbeat).
-- KEYS: as in queue-enqueue.lua
-- ARGV: 1 id, 2 receipt, 3 new deadline (epoch millis)
-- Returns 'SETTLED' or 'CLAIM_LOST'.
local id = ARGV[1]
if redis.call('HGET', KEYS[6], id) ~= ARGV[2] then
  return 'CLAIM_LOST'
end
redis.call('ZADD', KEYS[2], 'XX', ARGV[3], id)
return 'SETTLED'
