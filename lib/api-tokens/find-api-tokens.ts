import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { apiTokenScope, membershipScope } from "@/lib/members/scope";
import * as keyset from "@/lib/paging/keyset";
import type { Prisma } from "@/lib/generated/prisma/client";
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

/** One page of tokens, and how many the workspace has in all. */
export interface ApiTokenPage extends keyset.Page<ApiTokenDto> {
  total: number;
}

export const API_TOKENS_PAGE_SIZE = 50;

/**
 * Newest first, working or not: revoked and expired tokens stay on record
 * (who had access, and when it ended), so the list grows for as long as the
 * workspace lives and pages instead of stopping at a fixed number. Each row
 * says whether it still works.
 */
const NEWEST_FIRST = keyset.CREATED_NEWEST_FIRST;

type TokenWhere = Prisma.ApiTokenWhereInput;
type TokenOrderBy = Prisma.ApiTokenOrderByWithRelationInput;

/** Admins (apiToken.manage): one page of the workspace's tokens, newest first. Never the secret or its hash. */
export async function findApiTokens(
  actor: Actor,
  read: keyset.PageRead = { pageSize: API_TOKENS_PAGE_SIZE },
): Promise<ApiTokenPage> {
  authorize(actor, "apiToken.manage");
  const page = keyset.keysetArgs<TokenWhere, TokenOrderBy>(NEWEST_FIRST, read.cursor, read.pageSize);
  const [rows, total] = await Promise.all([
    db.apiToken.findMany({
      where: { ...apiTokenScope(actor), ...page.where },
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
      orderBy: page.orderBy,
      take: page.take,
    }),
    db.apiToken.count({ where: apiTokenScope(actor) }),
  ]);
  const found = keyset.toPage(rows, NEWEST_FIRST, read, (row) => row);
  const creatorIds = [...new Set(found.items.map((t) => t.createdById))];
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
  const items = found.items.map(({ createdById, revokedReason, ...t }) => ({
    ...t,
    expired: t.expiresAt !== null && t.expiresAt <= now,
    revokedReason: revokedReasonOf(revokedReason, t.revokedAt),
    createdByName: nameOf.get(createdById) ?? "Deleted user",
    creatorIsMember: members.has(createdById),
  }));
  return { ...found, items, total };
}

// Rows revoked before reasons were recorded were revoked by an admin (the migration marked the leavers' ones).
function revokedReasonOf(stored: string | null, revokedAt: Date | null): RevokedReason | null {
  if (!revokedAt) return null;
  return stored === "creator_left" ? "creator_left" : "admin";
}
