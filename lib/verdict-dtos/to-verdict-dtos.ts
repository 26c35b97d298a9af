import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VerdictDto } from "@/lib/verdict-dtos/verdict-dto";
import type { VERDICT_SELECT } from "@/lib/verdict-dtos/verdict-dto";
import { tonesByLevel } from "@/lib/verdict-dtos/rating-tone";

type VerdictRow = Prisma.VerdictGetPayload<{ select: typeof VERDICT_SELECT }>;

/** Turns verdict rows into DTOs, resolving rating labels, tones and people's names in two queries for all rows. */
export async function toVerdictDtos(workspaceId: string, rows: VerdictRow[]): Promise<VerdictDto[]> {
  if (rows.length === 0) return []; // most claims have no verdict yet: no names or levels to read
  const userIds = new Set<string>();
  for (const v of rows) {
    userIds.add(v.authorId);
    v.revisions.forEach((r) => userIds.add(r.authorId));
    v.reviews.forEach((r) => userIds.add(r.reviewerId));
  }
  const [users, levels] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true, email: true } }),
    // the whole scale (a few rows): a level's tone depends on the best ordinal of the scale
    db.ratingLevel.findMany({ where: { workspaceId }, select: { id: true, key: true, label: true, ordinal: true } }),
  ]);
  const nameOf = new Map(users.map((u) => [u.id, u.name ?? u.email]));
  const levelOf = new Map(levels.map((l) => [l.id, l]));
  const toneOf = tonesByLevel(levels);
  return rows.map((v) => {
    const numberOf = new Map(v.revisions.map((r) => [r.id, r.number]));
    return {
      id: v.id,
      claimId: v.claimId,
      status: v.status,
      lockVersion: v.lockVersion,
      authorId: v.authorId,
      authorName: nameOf.get(v.authorId) ?? "Unknown",
      updatedAt: v.updatedAt,
      revisions: v.revisions.map((r) => ({
        number: r.number,
        ratingKey: levelOf.get(r.ratingLevelId)?.key ?? "",
        ratingLabel: levelOf.get(r.ratingLevelId)?.label ?? "Unknown rating",
        ratingTone: toneOf.get(r.ratingLevelId) ?? "unrated",
        summary: r.summary,
        authorName: nameOf.get(r.authorId) ?? "Unknown",
        createdAt: r.createdAt,
        evidence: r.evidence,
      })),
      reviews: v.reviews.map((r) => ({
        decision: r.decision,
        reason: r.reason,
        reviewerName: nameOf.get(r.reviewerId) ?? "Unknown",
        revisionNumber: numberOf.get(r.revisionId) ?? 0,
        createdAt: r.createdAt,
      })),
    };
  });
}
