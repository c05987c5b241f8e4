import "server-only";
import { Redis } from "ioredis";

// Redis, when REDIS_URL is set: what the instances share beyond PostgreSQL (rate-limit
// counters, better-auth's secondary storage: lib/server/auth.ts, ./login-throttle.ts).
// Unset, all of that stays in PostgreSQL, which every instance shares already.

const holder = globalThis as unknown as { mlopsMapRedis?: Redis };

/** The process's Redis client, or undefined without REDIS_URL. */
export function redisClient(): Redis | undefined {
  const url = process.env.REDIS_URL;
  if (!url) return undefined;
  holder.mlopsMapRedis ??= new Redis(url, {
    // A request waits at most a few seconds for Redis rather than queueing forever.
    maxRetriesPerRequest: 2,
    connectTimeout: 2000,
    lazyConnect: false,
  });
  return holder.mlopsMapRedis;
}

/** Closes the client (graceful shutdown). */
export async function closeRedis(): Promise<void> {
  const client = holder.mlopsMapRedis;
  holder.mlopsMapRedis = undefined;
  await client?.quit().catch(() => client.disconnect());
}

// The same fixed window as the PostgreSQL counter (./login-throttle.ts), in one script so two
// instances counting at once cannot both pass a stale read: a window that has ended starts
// again at 1. The key expires when its window ends.
const COUNT_WINDOW = `
local count = tonumber(redis.call("HGET", KEYS[1], "count") or "0")
local ends = tonumber(redis.call("HGET", KEYS[1], "ends") or "0")
local now = tonumber(ARGV[1])
if ends <= now then
  count = 1
  ends = now + tonumber(ARGV[2])
else
  count = count + 1
end
redis.call("HSET", KEYS[1], "count", count, "ends", ends)
redis.call("PEXPIREAT", KEYS[1], ends)
return { count, tostring(ends) }`;

/** Counts one hit at `now` of a fixed window of `windowMs` under `key`: the count so far and when the window ends. */
export async function countInRedisWindow(
  redis: Redis,
  key: string,
  windowMs: number,
  now: number,
): Promise<{ count: number; windowEnd: number }> {
  const [count, ends] = (await redis.eval(COUNT_WINDOW, 1, key, String(now), String(windowMs))) as [number, string];
  return { count: Number(count), windowEnd: Number(ends) };
}

/** better-auth's secondary storage on Redis (sessions cache, rate limits), keys under "mlops:ba:". */
export function redisSecondaryStorage(redis: Redis) {
  const k = (key: string) => `mlops:ba:${key}`;
  return {
    get: (key: string) => redis.get(k(key)),
    getAndDelete: (key: string) => redis.getdel(k(key)),
    increment: async (key: string, ttl: number) => {
      const replies = await redis
        .multi()
        .set(k(key), "0", "EX", Math.max(1, Math.ceil(ttl)), "NX")
        .incr(k(key))
        .exec();
      return Number(replies?.[1]?.[1]);
    },
    set: async (key: string, value: string, ttl?: number) => {
      if (ttl && ttl > 0) await redis.set(k(key), value, "EX", Math.ceil(ttl));
      else await redis.set(k(key), value);
    },
    delete: async (key: string) => {
      await redis.del(k(key));
    },
  };
}
