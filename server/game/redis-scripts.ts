// Lua scripts of the Redis game store (redis-store.ts): each runs atomically inside Redis.

export const COMMIT = `
if redis.call('HGET', KEYS[1], 'seq') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'seq', ARGV[2], 'record', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
if #ARGV >= 8 then
  for i = 8, #ARGV do redis.call('RPUSH', KEYS[2], ARGV[i]) end
  redis.call('LTRIM', KEYS[2], -tonumber(ARGV[6]), -1)
  redis.call('PEXPIRE', KEYS[2], ARGV[4])
  redis.call('PUBLISH', ARGV[5], ARGV[7])
end
return 1`;

export const RENEW_DRIVER = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if holder then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

export const EVENTS_AFTER = `
local seq = redis.call('HGET', KEYS[1], 'seq')
if not seq then return false end
local n = tonumber(seq) - tonumber(ARGV[1])
if n <= 0 then return {seq} end
local items = redis.call('LRANGE', KEYS[2], -n, -1)
table.insert(items, 1, seq)
return items`;
