-- Extend the lease of a task that is still being worked on (a consumer's heartbeat).
-- KEYS: 1 ready, 2 inflight, 3 tasks, 4 attempts, 5 scores, 6 leases, 7 acked, 8 seq, 9 dead
-- ARGV: 1 id, 2 lease token, 3 new lease deadline (epoch millis)
-- Returns 'EXTENDED' or 'LEASE_LOST'.
local id = ARGV[1]
if redis.call('HGET', KEYS[6], id) ~= ARGV[2] then
  return 'LEASE_LOST'
end
redis.call('ZADD', KEYS[2], 'XX', ARGV[3], id)
return 'EXTENDED'
