import { db } from "@/lib/db/client";
import { authorize, can } from "@/lib/policy/policy";
import { claimScope } from "@/lib/claims/scope";
import { ratingLevelScope } from "@/lib/workspaces/scope";
import { keysetArgs, toPage, type Page } from "@/lib/paging/keyset";
import { CLAIM_SORTS, ClaimListQuerySchema, type ClaimListQuery } from "@/lib/claims/claim-list-query";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";
import type { VerdictStatus } from "@/lib/generated/prisma/enums";
import { tonesByLevel, type RatingTone } from "@/lib/verdict-dtos/rating-tone";

export interface ClaimListItemDto {
  id: string;
  statement: string;
  claimant: string | null;
  appearances: number;
  articles: number;
  verdicts: { status: VerdictStatus; ratingLabel: string | null; ratingTone: RatingTone }[];
  updatedAt: Date;
}

/**
 * Any member: one page of the workspace's live claims in the chosen order,
 * with appearance counts and verdict states, filtered by verdict status,
 * assignment to the actor and text in the claimant. Viewers see (and filter
 * by) approved verdicts only: for them "no verdict" means none approved.
 */
export async function findClaims(actor: Actor, input: Partial<ClaimListQuery> = {}): Promise<Page<ClaimListItemDto>> {
  authorize(actor, "article.read");
  const query = ClaimListQuerySchema.parse(input);
  const order = CLAIM_SORTS[query.sort];
  const visibleVerdicts: Prisma.VerdictWhereInput = can(actor, "verdict.readUnapproved") ? {} : { status: "APPROVED" };
  const { where: after, ...paging } = keysetArgs<Prisma.ClaimWhereInput, Prisma.ClaimOrderByWithRelationInput>(
    order,
    query.cursor,
    query.pageSize,
  );
  const rows = await db.claim.findMany({
    where: {
      AND: [
        claimScope(actor),
        verdictFilter(query.verdict, visibleVerdicts),
        query.assigned === "me"
          ? { OR: [{ assignedEditorId: actor.userId }, { assignedReviewerId: actor.userId }] }
          : {},
        query.claimant ? { claimant: { contains: query.claimant, mode: "insensitive" } } : {},
        after,
      ],
    },
    ...paging,
    select: {
      id: true,
      statement: true,
      claimant: true,
      createdAt: true,
      updatedAt: true,
      appearances: {
        where: { annotation: { deletedAt: null } },
        select: { annotation: { select: { articleId: true } } },
      },
      verdicts: {
        where: visibleVerdicts,
        select: { status: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { ratingLevelId: true } } },
      },
    },
  });
  const levels = await db.ratingLevel.findMany({
    where: ratingLevelScope(actor),
    select: { id: true, label: true, ordinal: true },
  });
  const labelOf = new Map(levels.map((l) => [l.id, l.label]));
  const toneOf = tonesByLevel(levels);
  return toPage(rows, order, query, (r) => ({
    id: r.id,
    statement: r.statement,
    claimant: r.claimant,
    updatedAt: r.updatedAt,
    appearances: r.appearances.length,
    articles: new Set(r.appearances.map((a) => a.annotation.articleId)).size,
    verdicts: r.verdicts.map((v) => {
      const levelId = v.revisions[0]?.ratingLevelId ?? "";
      return {
        status: v.status,
        ratingLabel: labelOf.get(levelId) ?? null,
        ratingTone: toneOf.get(levelId) ?? "unrated",
      };
    }),
  }));
}

/** Both sides go under AND, so a viewer asking for drafts gets nothing rather than a hint that drafts exist. */
function verdictFilter(status: ClaimListQuery["verdict"], visible: Prisma.VerdictWhereInput): Prisma.ClaimWhereInput {
  if (!status) return {};
  if (status === "NONE") return { verdicts: { none: visible } };
  return { verdicts: { some: { AND: [visible, { status }] } } };
}
