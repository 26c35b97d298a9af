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
export async function consumeRateLimit(
  key: string,
  policy: RateLimitPolicy,
  now = new Date(),
): Promise<RateLimitState> {
  const window = rateLimitWindow(policy, now);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
    VALUES (${key}, to_timestamp(${window.startEpoch}::double precision) AT TIME ZONE 'UTC', 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`;
  return countedRequest(key, Number(row!.count), policy, window, now);
}

/**
 * The fixed window `now` falls in. `startEpoch`: its start in epoch seconds, to
 * turn into UTC wall-clock time in SQL (`to_timestamp(…) AT TIME ZONE 'UTC'`):
 * Prisma stores DateTime as UTC `timestamp(3)`, and passing a JS Date would
 * depend on the server's time zone.
 */
export function rateLimitWindow(policy: RateLimitPolicy, now: Date): { startMs: number; startEpoch: number } {
  const windowMs = policy.windowSeconds * 1000;
  const startMs = Math.floor(now.getTime() / windowMs) * windowMs;
  return { startMs, startEpoch: startMs / 1000 };
}

/**
 * The state after a request was counted as the window's `count`-th (by
 * consumeRateLimit, or in the same statement as the API token's lookup:
 * authenticateApiRequest). The first request of a window also deletes the
 * key's older windows.
 */
export async function countedRequest(
  key: string,
  count: number,
  policy: RateLimitPolicy,
  window: { startMs: number; startEpoch: number },
  now: Date,
): Promise<RateLimitState> {
  if (count === 1) {
    await db.$executeRaw`
      DELETE FROM "RateLimitWindow"
      WHERE "key" = ${key} AND "windowStart" < to_timestamp(${window.startEpoch}::double precision) AT TIME ZONE 'UTC'`;
  }
  const resetSeconds = Math.max(1, Math.ceil((window.startMs + policy.windowSeconds * 1000 - now.getTime()) / 1000));
  return {
    allowed: count <= policy.limit,
    limit: policy.limit,
    remaining: Math.max(0, policy.limit - count),
    resetSeconds,
    windowSeconds: policy.windowSeconds,
  };
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
