import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { countedRequest, rateLimitWindow, type RateLimitPolicy, type RateLimitState } from "@/lib/api/http/rate-limit";
import { ROLES, type Actor, type Role } from "@/lib/policy/actor";
import { API_TOKEN_PATTERN, hashApiTokenSecret } from "@/lib/api-tokens/token-secret";
import { ApiAuthenticationError } from "@/lib/api/http/api-errors";

export interface ApiCaller {
  actor: Actor;
  tokenId: string;
}

/** lastUsedAt is a hint for admins, not a log: write it at most once a minute per token. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * SECURITY: the only way into the public API. Takes the request's
 * Authorization header (never cookies: a browser session cannot call the API,
 * so cross-site requests cannot ride on it). The actor acts in the token's
 * workspace as the token's creator, with the lower of the token's role and
 * the creator's current role; a token whose creator left the workspace, a
 * revoked, expired, unknown or malformed token all get 401. A revoked token
 * stays revoked: nothing clears revokedAt, so re-adding a leaver (who lost
 * their tokens on leaving, lib/members/revoke-tokens-of-leaver.ts) brings
 * none of them back.
 */
export async function authenticateApiToken(authorization: string | null): Promise<ApiCaller> {
  const tokenHash = hashApiTokenSecret(bearerSecret(authorization));
  const [row] = await db.$queryRaw<CallerRow[]>`
    SELECT ${CALLER_COLUMNS} FROM "ApiToken" t JOIN "Membership" m ON m."workspaceId" = t."workspaceId" AND m."userId" = t."createdById"
     WHERE t."tokenHash" = ${tokenHash} AND ${usableAt(new Date())}`;
  if (!row) throw invalidToken();
  await touchLastUsed(row.tokenId, row.lastUsedMs);
  return callerOf(row);
}

/**
 * authenticateApiToken, and the request counted against the token's rate
 * limit (lib/api/http/rate-limit.ts) in the same statement: one round trip before
 * every API request does its work instead of three. Only a token that
 * authenticates is counted, as before.
 */
export async function authenticateApiRequest(
  authorization: string | null,
  policy: RateLimitPolicy,
  now = new Date(),
): Promise<{ caller: ApiCaller; limit: RateLimitState }> {
  const tokenHash = hashApiTokenSecret(bearerSecret(authorization));
  const window = rateLimitWindow(policy, now);
  const [row] = await db.$queryRaw<(CallerRow & { count: number })[]>`
    WITH caller AS (
      SELECT ${CALLER_COLUMNS} FROM "ApiToken" t JOIN "Membership" m ON m."workspaceId" = t."workspaceId" AND m."userId" = t."createdById"
       WHERE t."tokenHash" = ${tokenHash} AND ${usableAt(now)}
    ), counted AS (
      INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
      SELECT ${RATE_LIMIT_KEY_PREFIX} || caller."tokenId", to_timestamp(${window.startEpoch}::double precision) AT TIME ZONE 'UTC', 1 FROM caller
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
      RETURNING "count"
    )
    SELECT caller.*, (SELECT "count" FROM counted) AS "count" FROM caller`;
  if (!row) throw invalidToken();
  const limit = await countedRequest(`${RATE_LIMIT_KEY_PREFIX}${row.tokenId}`, Number(row.count), policy, window, now);
  await touchLastUsed(row.tokenId, row.lastUsedMs);
  return { caller: callerOf(row), limit };
}

/** The key a token's requests are counted under in RateLimitWindow. */
const RATE_LIMIT_KEY_PREFIX = "api-token:";

/** The token and its creator's membership, as one row (the creator left: no row). */
interface CallerRow {
  tokenId: string;
  workspaceId: string;
  userId: string;
  tokenRole: Role;
  memberRole: Role;
  /** lastUsedAt in epoch milliseconds (a number: no time zone on the way) */
  lastUsedMs: number | null;
}

const CALLER_COLUMNS = Prisma.sql`t.id AS "tokenId", t."workspaceId", t."createdById" AS "userId", t.role::text AS "tokenRole", m.role::text AS "memberRole",
  (extract(epoch FROM t."lastUsedAt") * 1000)::float8 AS "lastUsedMs"`;

/** Not revoked and not expired at `now` (epoch seconds turned into UTC wall-clock time, as Prisma stores DateTime). */
function usableAt(now: Date) {
  return Prisma.sql`t."revokedAt" IS NULL AND (t."expiresAt" IS NULL OR t."expiresAt" > to_timestamp(${now.getTime() / 1000}::double precision) AT TIME ZONE 'UTC')`;
}

function callerOf(row: CallerRow): ApiCaller {
  return {
    tokenId: row.tokenId,
    actor: { workspaceId: row.workspaceId, userId: row.userId, role: lowerRole(row.tokenRole, row.memberRole) },
  };
}

/** The secret of a well-formed `Authorization: Bearer <token>` header (401 otherwise). */
function bearerSecret(authorization: string | null): string {
  if (!authorization) throw new ApiAuthenticationError("Send an API token as `Authorization: Bearer <token>`.", null);
  const match = /^Bearer +(\S+) *$/i.exec(authorization);
  if (!match)
    throw new ApiAuthenticationError("Use the Bearer scheme: `Authorization: Bearer <token>`.", "invalid_request");
  const secret = match[1]!;
  if (!API_TOKEN_PATTERN.test(secret)) throw invalidToken();
  return secret;
}

// One message for every kind of bad token: which one it was is not the caller's business.
function invalidToken(): ApiAuthenticationError {
  return new ApiAuthenticationError("The API token is invalid or was revoked.", "invalid_token");
}

export function lowerRole(a: Role, b: Role): Role {
  return ROLES[Math.min(ROLES.indexOf(a), ROLES.indexOf(b))]!;
}

async function touchLastUsed(tokenId: string, lastUsedMs: number | null): Promise<void> {
  const now = Date.now();
  if (lastUsedMs !== null && now - lastUsedMs < LAST_USED_RESOLUTION_MS) return;
  const stale = new Date(now - LAST_USED_RESOLUTION_MS);
  // conditional, so concurrent requests of one token write once
  await db.apiToken.updateMany({
    where: { id: tokenId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
    data: { lastUsedAt: new Date(now) },
  });
}
