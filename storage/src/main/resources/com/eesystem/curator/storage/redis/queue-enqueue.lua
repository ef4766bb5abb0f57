-- Enqueue one task unless its id is already waiting, in flight, or was acknowledged recently.
-- KEYS: 1 ready, 2 inflight, 3 tasks, 4 attempts, 5 scores, 6 leases, 7 acked, 8 seq, 9 dead
--       (all share one {queue} hash tag, so the script runs on one Redis Cluster slot)
-- ARGV: 1 id, 2 payload JSON, 3 primary (priority rank or due epoch millis), 4 fifo ('1'/'0')
-- Returns 1 when enqueued, 0 when the id was a duplicate.
local id = ARGV[1]
if redis.call('HEXISTS', KEYS[3], id) == 1 or redis.call('ZSCORE', KEYS[7], id) then
  return 0
end
local score = tonumber(ARGV[3])
if ARGV[4] == '1' then
  -- rank * 2^40 + arrival sequence: FIFO within a rank, exact in a double while rank < 2^12
  score = score * 1099511627776 + redis.call('INCR', KEYS[8])
end
local text = string.format('%.0f', score)
redis.call('HSET', KEYS[3], id, ARGV[2])
redis.call('HSET', KEYS[5], id, text)
redis.call('ZADD', KEYS[1], text, id)
return 1
