import { db } from "@/lib/db/client";

export interface RateLimitPolicy {
  /** requests allowed per window */
  limit: number;
  windowSeconds: number;
}

/** Per token: 600 requests a minute (10/s on average, bursts allowed within the minute). */
export const API_RATE_LIMIT: RateLimitPolicy = { limit: 600, windowSeconds: 60 };

export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** seconds until the window ends and the count starts again */
  resetSeconds: number;
  windowSeconds: number;
}

/**
 * Counts one request against `key` in a fixed window shared by every app
 * instance: one INSERT … ON CONFLICT DO UPDATE … RETURNING statement, atomic
 * in PostgreSQL, so concurrent requests on several servers never lose a count.
 * The first request of a window also deletes the key's older windows, so the
 * table holds about one row per active key.
 */
export async function consumeRateLimit(key: string, policy: RateLimitPolicy, now = new Date()): Promise<RateLimitState> {
  const windowMs = policy.windowSeconds * 1000;
  const windowStartMs = Math.floor(now.getTime() / windowMs) * windowMs;
  // Epoch seconds, turned into UTC wall-clock time in SQL: Prisma stores DateTime as UTC
  // `timestamp(3)`, and passing a JS Date would depend on the server's time zone.
  const windowStartEpoch = windowStartMs / 1000;
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
    VALUES (${key}, to_timestamp(${windowStartEpoch}::double precision) AT TIME ZONE 'UTC', 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`;
  const count = Number(row!.count);
  if (count === 1) {
    await db.$executeRaw`
      DELETE FROM "RateLimitWindow"
      WHERE "key" = ${key} AND "windowStart" < to_timestamp(${windowStartEpoch}::double precision) AT TIME ZONE 'UTC'`;
  }
  const resetSeconds = Math.max(1, Math.ceil((windowStartMs + windowMs - now.getTime()) / 1000));
  return { allowed: count <= policy.limit, limit: policy.limit, remaining: Math.max(0, policy.limit - count), resetSeconds, windowSeconds: policy.windowSeconds };
}

/**
 * RateLimit header fields (IETF draft-ietf-httpapi-ratelimit-headers, the
 * widely implemented RateLimit-Limit/-Remaining/-Reset form) plus the policy.
 */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "RateLimit-Limit": String(state.limit),
    "RateLimit-Remaining": String(state.remaining),
    "RateLimit-Reset": String(state.resetSeconds),
    "RateLimit-Policy": `${state.limit};w=${state.windowSeconds}`,
  };
}
