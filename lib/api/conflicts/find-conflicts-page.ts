import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { conflictMemberScope, conflictScope } from "@/lib/conflicts/scope";
import { membershipScope } from "@/lib/members/scope";
import { questionFor } from "@/lib/conflicts/find-conflicts";
import { pageArgs, toPage, type Page, type PageQuery } from "@/lib/paging/newest-first";
import type { ConflictKind, ConflictStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy/actor";

export interface ConflictSummaryDto {
  id: string;
  kind: ConflictKind;
  status: ConflictStatus;
  question: string;
  /** the member claims that are still live, oldest first */
  claimIds: string[];
  createdAt: Date;
  resolvedAt: Date | null;
  resolverName: string | null;
}

/**
 * Any member: one page of the workspace's conflicts, newest first, optionally
 * of one status, with each conflict's live member claims (the app's list,
 * findConflicts, shows counts instead). Viewers read a verdict
 * disagreement's question without its ratings (questionFor).
 */
export async function findConflictsPage(
  actor: Actor,
  query: PageQuery & { status?: ConflictStatus },
): Promise<Page<ConflictSummaryDto>> {
  authorize(actor, "workspace.read");
  const { where, ...paging } = pageArgs(query);
  const rows = await db.conflict.findMany({
    where: { ...conflictScope(actor), ...(query.status ? { status: query.status } : {}), ...where },
    ...paging,
    select: {
      id: true,
      kind: true,
      status: true,
      question: true,
      createdAt: true,
      resolvedAt: true,
      resolvedById: true,
      members: {
        where: conflictMemberScope(actor),
        orderBy: [{ claim: { createdAt: "asc" } }, { claimId: "asc" }],
        select: { claimId: true },
      },
    },
  });
  const resolverIds = [...new Set(rows.map((r) => r.resolvedById).filter((id): id is string => id !== null))];
  const resolvers = await db.user.findMany({
    where: { id: { in: resolverIds }, memberships: { some: membershipScope(actor) } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(resolvers.map((u) => [u.id, u.name ?? u.email]));
  return toPage(rows, query, ({ members, resolvedById, ...row }) => ({
    ...row,
    question: questionFor(actor, row),
    claimIds: members.map((m) => m.claimId),
    resolverName: resolvedById ? (nameOf.get(resolvedById) ?? "A former member") : null,
  }));
}
