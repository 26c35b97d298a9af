import type { Tx } from "@/lib/db/client";
import type { VerdictStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy/actor";
import { verdictScope } from "@/lib/verdicts/scope";
import { ratingLevelScope } from "@/lib/workspaces/scope";
import { readByIds, readInIdOrder } from "@/lib/db/in-batches";
import type { ClaimVerdicts, VerdictOpinion } from "./detect-verdict-disagreements";

/**
 * The verdicts that count as an editor's opinion on a claim: put forward for
 * review and not refused — SUBMITTED, APPROVED or CHANGES_REQUESTED. Drafts are
 * work in progress and rejected verdicts were refused, so neither disagrees
 * with anyone.
 */
export const OPINION_STATUSES: readonly VerdictStatus[] = ["SUBMITTED", "APPROVED", "CHANGES_REQUESTED"];

export interface ClaimOpinions extends ClaimVerdicts {
  /** When the newest of these verdicts' current revisions was written. */
  lastRevisedAt: Date;
}

/**
 * Each editor's current rating of each claim of the actor's workspace (or of
 * `claimIds` only, for an incremental run): one
 * opinion per author and claim (their most recently updated counted verdict),
 * rated by its current (highest-numbered) revision. No authorization: callers
 * authorize first. Takes a transaction client so detection reads a consistent
 * picture.
 */
export async function loadRatingOpinions(tx: Tx, actor: Actor, claimIds?: readonly string[]): Promise<ClaimOpinions[]> {
  const where = { ...verdictScope(actor), status: { in: [...OPINION_STATUSES] }, revisions: { some: {} } };
  const select = {
    id: true,
    claimId: true,
    authorId: true,
    updatedAt: true,
    revisions: { orderBy: { number: "desc" as const }, take: 1, select: { ratingLevelId: true, createdAt: true } },
  };
  const rows = claimIds
    ? await readByIds([...claimIds], (ids) =>
        tx.verdict.findMany({ where: { ...where, claimId: { in: ids } }, select }),
      )
    : await readInIdOrder((afterId, take) =>
        tx.verdict.findMany({
          where: { ...where, ...(afterId ? { id: { gt: afterId } } : {}) },
          orderBy: { id: "asc" },
          take,
          select,
        }),
      );
  rows.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const levels = await tx.ratingLevel.findMany({
    where: ratingLevelScope(actor),
    select: { id: true, key: true, ordinal: true },
  });
  const levelOf = new Map(levels.map((l) => [l.id, l]));
  const byClaim = new Map<string, ClaimOpinions>();
  for (const row of rows) {
    const revision = row.revisions[0]!;
    const level = levelOf.get(revision.ratingLevelId);
    if (!level) continue;
    const entry = byClaim.get(row.claimId) ?? { claimId: row.claimId, verdicts: [], lastRevisedAt: revision.createdAt };
    byClaim.set(row.claimId, entry);
    // rows are newest first: an author's first row is their current opinion
    if (entry.verdicts.some((v) => v.authorId === row.authorId)) continue;
    const opinion: VerdictOpinion = {
      verdictId: row.id,
      authorId: row.authorId,
      ratingKey: level.key,
      ordinal: level.ordinal,
    };
    entry.verdicts.push(opinion);
    if (revision.createdAt > entry.lastRevisedAt) entry.lastRevisedAt = revision.createdAt;
  }
  return [...byClaim.values()];
}
