import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { apiTokenScope, membershipScope } from "@/lib/members/scope";
import type { Actor, Role } from "@/lib/policy/actor";

export interface ApiTokenDto {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdByName: string;
  /** false when the creator left the workspace: the token no longer authenticates */
  creatorIsMember: boolean;
  createdAt: Date;
  lastUsedAt: Date | null;
  /** null: never expires */
  expiresAt: Date | null;
  /** past its expiry when listed: it gets 401 */
  expired: boolean;
  revokedAt: Date | null;
  /** why it was revoked: by an admin, or its creator left the workspace (for good: it stays revoked if they come back) */
  revokedReason: RevokedReason | null;
}

export type RevokedReason = "admin" | "creator_left";

/** Admins (apiToken.manage): the workspace's tokens, working ones first (not revoked, not expired), newest first. Never the secret or its hash. */
export async function findApiTokens(actor: Actor): Promise<ApiTokenDto[]> {
  authorize(actor, "apiToken.manage");
  const tokens = await db.apiToken.findMany({
    where: apiTokenScope(actor),
    select: {
      id: true,
      name: true,
      prefix: true,
      role: true,
      createdById: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      revokedReason: true,
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
  });
  const creatorIds = [...new Set(tokens.map((t) => t.createdById))];
  const [users, memberships] = await Promise.all([
    db.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true, email: true } }),
    db.membership.findMany({
      where: { ...membershipScope(actor), userId: { in: creatorIds } },
      select: { userId: true },
    }),
  ]);
  const nameOf = new Map(users.map((u) => [u.id, u.name ?? u.email]));
  const members = new Set(memberships.map((m) => m.userId));
  const now = new Date();
  const dtos = tokens.map(({ createdById, revokedReason, ...t }) => ({
    ...t,
    expired: t.expiresAt !== null && t.expiresAt <= now,
    revokedReason: revokedReasonOf(revokedReason, t.revokedAt),
    createdByName: nameOf.get(createdById) ?? "Deleted user",
    creatorIsMember: members.has(createdById),
  }));
  return dtos.sort((a, b) => Number(a.revokedAt !== null || a.expired) - Number(b.revokedAt !== null || b.expired));
}

// Rows revoked before reasons were recorded were revoked by an admin (the migration marked the leavers' ones).
function revokedReasonOf(stored: string | null, revokedAt: Date | null): RevokedReason | null {
  if (!revokedAt) return null;
  return stored === "creator_left" ? "creator_left" : "admin";
}
