import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { verdictScope } from "@/lib/verdicts/scope";
import { VERDICT_SELECT, type VerdictDto } from "@/lib/verdicts/verdict-dto";
import { toVerdictDtos } from "@/lib/verdicts/to-verdict-dtos";
import type { Actor } from "@/lib/policy/actor";
import { findAppearanceWarnings, type ClaimAppearanceWarning } from "@/lib/claims/appearances/find-appearance-warnings";

export interface QueueItemDto {
  verdict: VerdictDto;
  claim: { id: string; statement: string; claimant: string | null };
  appearances: { articleId: string; articleTitle: string; exact: string }[];
  /** appearance warnings the reviewer must acknowledge before approving (altered passage, changed figure or quote) */
  warnings: ClaimAppearanceWarning[];
  /** the four-eyes rule: the actor wrote it, so someone else must review it */
  isOwn: boolean;
  assignedToActor: boolean;
}

/** Editors and up: submitted verdicts waiting for review, oldest first; those assigned to the actor first. */
export async function findReviewQueue(actor: Actor): Promise<QueueItemDto[]> {
  authorize(actor, "verdict.readUnapproved");
  const rows = await db.verdict.findMany({
    where: { ...verdictScope(actor), status: "SUBMITTED" },
    orderBy: { updatedAt: "asc" },
    take: 200,
    select: {
      ...VERDICT_SELECT,
      claim: {
        select: {
          id: true,
          statement: true,
          claimant: true,
          assignedReviewerId: true,
          appearances: { where: { annotation: { deletedAt: null } }, take: 5, select: { annotation: { select: { articleId: true, exact: true, version: { select: { article: { select: { title: true } } } } } } } },
        },
      },
    },
  });
  const [dtos, warnings] = await Promise.all([toVerdictDtos(actor.workspaceId, rows), findAppearanceWarnings(db, actor.workspaceId, [...new Set(rows.map((r) => r.claim.id))])]);
  const items = rows.map((row, i) => ({
    verdict: dtos[i]!,
    claim: { id: row.claim.id, statement: row.claim.statement, claimant: row.claim.claimant },
    appearances: row.claim.appearances.map(({ annotation: a }) => ({ articleId: a.articleId, articleTitle: a.version.article.title, exact: a.exact })),
    warnings: warnings.get(row.claim.id) ?? [],
    isOwn: row.authorId === actor.userId,
    assignedToActor: row.claim.assignedReviewerId === actor.userId,
  }));
  return items.sort((a, b) => Number(b.assignedToActor) - Number(a.assignedToActor) || Number(a.isOwn) - Number(b.isOwn));
}
