import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { verdictScope } from "@/lib/verdicts/scope";
import { VERDICT_SELECT, type VerdictDto } from "@/lib/verdict-dtos/verdict-dto";
import { toVerdictDtos } from "@/lib/verdict-dtos/to-verdict-dtos";
import { keysetArgs, toPage, type Page } from "@/lib/paging/keyset";
import { REVIEW_QUEUE_SORTS, ReviewQueueQuerySchema, type ReviewQueueQuery } from "@/lib/verdicts/review-queue-query";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";
import { findAppearanceWarnings, type ClaimAppearanceWarning } from "@/lib/claims/appearances/find-appearance-warnings";

/** A reviewer sees where a claim was made at a glance; the rest are counted and a click away. */
const APPEARANCES_SHOWN = 5;
const LIVE_APPEARANCE = { annotation: { deletedAt: null } } satisfies Prisma.ClaimAppearanceWhereInput;

export interface QueueItemDto {
  verdict: VerdictDto;
  claim: { id: string; statement: string; claimant: string | null };
  /** the first APPEARANCES_SHOWN places the claim appears; the claim's page lists them all */
  appearances: { articleId: string; articleTitle: string; exact: string }[];
  /** how many more places it appears than `appearances` shows */
  moreAppearances: number;
  /** appearance warnings the reviewer must acknowledge before approving (altered passage, changed figure or quote) */
  warnings: ClaimAppearanceWarning[];
  /** the four-eyes rule: the actor wrote it, so someone else must review it */
  isOwn: boolean;
  assignedToActor: boolean;
}

/**
 * Editors and up: one page of the submitted verdicts waiting for review,
 * the longest waiting first unless asked otherwise; "assigned: me" keeps
 * those on claims whose assigned reviewer is the actor.
 */
export async function findReviewQueue(
  actor: Actor,
  input: Partial<ReviewQueueQuery> = {},
): Promise<Page<QueueItemDto>> {
  authorize(actor, "verdict.readUnapproved");
  const query = ReviewQueueQuerySchema.parse(input);
  const order = REVIEW_QUEUE_SORTS[query.sort];
  const { where: after, ...paging } = keysetArgs<Prisma.VerdictWhereInput, Prisma.VerdictOrderByWithRelationInput>(
    order,
    query.cursor,
    query.pageSize,
  );
  const rows = await db.verdict.findMany({
    where: {
      AND: [
        { ...verdictScope(actor), status: "SUBMITTED" },
        query.assigned === "me" ? { claim: { assignedReviewerId: actor.userId } } : {},
        after,
      ],
    },
    ...paging,
    select: {
      ...VERDICT_SELECT,
      claim: {
        select: {
          id: true,
          statement: true,
          claimant: true,
          assignedReviewerId: true,
          _count: { select: { appearances: { where: LIVE_APPEARANCE } } },
          appearances: {
            where: LIVE_APPEARANCE,
            take: APPEARANCES_SHOWN,
            select: {
              annotation: {
                select: { articleId: true, exact: true, version: { select: { article: { select: { title: true } } } } },
              },
            },
          },
        },
      },
    },
  });
  const page = toPage(rows, order, query, (row) => row);
  const [dtos, warnings] = await Promise.all([
    toVerdictDtos(actor.workspaceId, page.items),
    findAppearanceWarnings(db, actor.workspaceId, [...new Set(page.items.map((r) => r.claim.id))]),
  ]);
  const items = page.items.map((row, i) => ({
    verdict: dtos[i]!,
    claim: { id: row.claim.id, statement: row.claim.statement, claimant: row.claim.claimant },
    appearances: row.claim.appearances.map(({ annotation: a }) => ({
      articleId: a.articleId,
      articleTitle: a.version.article.title,
      exact: a.exact,
    })),
    moreAppearances: row.claim._count.appearances - row.claim.appearances.length,
    warnings: warnings.get(row.claim.id) ?? [],
    isOwn: row.authorId === actor.userId,
    assignedToActor: row.claim.assignedReviewerId === actor.userId,
  }));
  return { items, nextCursor: page.nextCursor, previousCursor: page.previousCursor };
}
