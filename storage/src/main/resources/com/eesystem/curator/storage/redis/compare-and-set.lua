-- Replace a value only if it is still the one the caller read (optimistic concurrency without
-- WATCH, which a shared connection cannot use).
-- KEYS: 1 the key
-- ARGV: 1 expected current value, 2 new value, 3 time to live (millis)
-- Returns 1 when replaced, 0 when the value changed or expired meanwhile.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return 0
end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 1
