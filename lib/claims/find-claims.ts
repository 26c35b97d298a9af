import { db } from "@/lib/db/client";
import { authorize, can } from "@/lib/policy/policy";
import { claimScope } from "@/lib/claims/scope";
import type { Actor } from "@/lib/policy/actor";
import type { VerdictStatus } from "@/lib/generated/prisma/enums";
import { tonesByLevel, type RatingTone } from "@/lib/verdicts/rating-tone";

export interface ClaimListItemDto {
  id: string;
  statement: string;
  claimant: string | null;
  appearances: number;
  articles: number;
  verdicts: { status: VerdictStatus; ratingLabel: string | null; ratingTone: RatingTone }[];
  updatedAt: Date;
}

/** Any member: the workspace's claims, newest first, with appearance counts and verdict states. */
export async function findClaims(actor: Actor): Promise<ClaimListItemDto[]> {
  authorize(actor, "article.read");
  const rows = await db.claim.findMany({
    where: claimScope(actor),
    orderBy: { updatedAt: "desc" },
    take: 500,
    select: {
      id: true,
      statement: true,
      claimant: true,
      updatedAt: true,
      appearances: { where: { annotation: { deletedAt: null } }, select: { annotation: { select: { articleId: true } } } },
      verdicts: {
        ...(can(actor, "verdict.readUnapproved") ? {} : { where: { status: "APPROVED" } }),
        select: { status: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { ratingLevelId: true } } },
      },
    },
  });
  const levels = await db.ratingLevel.findMany({ where: { workspaceId: actor.workspaceId }, select: { id: true, label: true, ordinal: true } });
  const labelOf = new Map(levels.map((l) => [l.id, l.label]));
  const toneOf = tonesByLevel(levels);
  return rows.map((r) => ({
    id: r.id,
    statement: r.statement,
    claimant: r.claimant,
    updatedAt: r.updatedAt,
    appearances: r.appearances.length,
    articles: new Set(r.appearances.map((a) => a.annotation.articleId)).size,
    verdicts: r.verdicts.map((v) => {
      const levelId = v.revisions[0]?.ratingLevelId ?? "";
      return { status: v.status, ratingLabel: labelOf.get(levelId) ?? null, ratingTone: toneOf.get(levelId) ?? "unrated" };
    }),
  }));
}
