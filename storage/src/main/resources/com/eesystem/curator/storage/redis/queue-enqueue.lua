-- Enqueue one item unless its id is waiting, in flight, dead-lettered, or was acknowledged recently.
-- KEYS (all share one {queue} hash tag, so every script runs within one Redis Cluster slot):
--   1 ready ZSET member->score   2 inflight ZSET id->deadline   3 tasks HASH id->payload
--   4 attempts HASH id->claims   5 scores HASH id->score        6 leases HASH id->receipt
--   7 acked ZSET id->ack time    8 seq STRING                    9 dead LIST of ids
--   10 deadinfo HASH id->JSON    11 members HASH id->ready member
-- ARGV: 1 id, 2 payload JSON, 3 score (priority rank, or due time in epoch millis)
-- Returns 1 when enqueued, 0 when the id is a duplicate.
local id = ARGV[1]
if redis.call('HEXISTS', KEYS[3], id) == 1 or redis.call('ZSCORE', KEYS[7], id) then
  return 0
end
-- the member starts with the arrival number, so equal scores are served in arrival order
local member = string.format('%015d', redis.call('INCR', KEYS[8])) .. ':' .. id
redis.call('HSET', KEYS[3], id, ARGV[2])
redis.call('HSET', KEYS[5], id, ARGV[3])
redis.call('HSET', KEYS[11], id, member)
redis.call('ZADD', KEYS[1], ARGV[3], member)
return 1
