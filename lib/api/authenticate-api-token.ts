import { db } from "@/lib/db/client";
import { ROLES, type Actor, type Role } from "@/lib/policy/actor";
import { API_TOKEN_PATTERN, hashApiTokenSecret } from "@/lib/api-tokens/token-secret";
import { ApiAuthenticationError } from "@/lib/api/api-errors";

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
 * their tokens on leaving, lib/api-tokens/revoke-tokens-of-leaver.ts) brings
 * none of them back.
 */
export async function authenticateApiToken(authorization: string | null): Promise<ApiCaller> {
  if (!authorization) throw new ApiAuthenticationError("Send an API token as `Authorization: Bearer <token>`.", null);
  const match = /^Bearer +(\S+) *$/i.exec(authorization);
  if (!match) throw new ApiAuthenticationError("Use the Bearer scheme: `Authorization: Bearer <token>`.", "invalid_request");
  const secret = match[1]!;
  if (!API_TOKEN_PATTERN.test(secret)) throw invalidToken();

  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiTokenSecret(secret) },
    select: { id: true, workspaceId: true, role: true, createdById: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= new Date())) throw invalidToken();
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: token.workspaceId, userId: token.createdById } },
    select: { role: true },
  });
  if (!membership) throw invalidToken();

  await touchLastUsed(token.id, token.lastUsedAt);
  return { tokenId: token.id, actor: { workspaceId: token.workspaceId, userId: token.createdById, role: lowerRole(token.role, membership.role) } };
}

// One message for every kind of bad token: which one it was is not the caller's business.
function invalidToken(): ApiAuthenticationError {
  return new ApiAuthenticationError("The API token is invalid or was revoked.", "invalid_token");
}

export function lowerRole(a: Role, b: Role): Role {
  return ROLES[Math.min(ROLES.indexOf(a), ROLES.indexOf(b))]!;
}

async function touchLastUsed(tokenId: string, lastUsedAt: Date | null): Promise<void> {
  const now = Date.now();
  if (lastUsedAt && now - lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
  const stale = new Date(now - LAST_USED_RESOLUTION_MS);
  // conditional, so concurrent requests of one token write once
  await db.apiToken.updateMany({ where: { id: tokenId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] }, data: { lastUsedAt: new Date(now) } });
}
