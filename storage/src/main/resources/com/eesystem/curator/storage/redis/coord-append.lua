-- Append one coordination event to the session's ordered list, restart the list's time to live,
-- and announce the event on the session's channel, all in one step.
-- KEYS: 1 coord:{session_id}
-- ARGV: 1 event JSON, 2 ttl seconds, 3 channel
-- Returns the list's new length (the event's 1-based position).
local length = redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('PUBLISH', ARGV[3], ARGV[1])
return length
