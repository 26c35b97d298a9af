import type { Tx } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import type { EvidenceInput } from "@/lib/verdicts/schemas";
import { requestPreservation } from "@/lib/sources/request-preservation";
import { ratingLevelScope } from "@/lib/workspaces/scope";

/**
 * Appends a revision (rating, summary, evidence) to a verdict. Revisions are
 * never changed afterwards: the history of a verdict is its revisions.
 */
export async function writeRevision(
  tx: Tx,
  actor: Actor,
  verdictId: string,
  content: { ratingKey: string; summary: string; evidence: EvidenceInput[] },
): Promise<{ id: string; number: number }> {
  const level = await tx.ratingLevel.findFirst({
    where: { ...ratingLevelScope(actor), key: content.ratingKey, archived: false },
    select: { id: true },
  });
  if (!level)
    throw new InvalidInputError("Choose a rating from the workspace's scale.", {
      ratingKey: ["Not a rating of this workspace."],
    });
  // every cited source gets its preserved copy (lib/sources): the row now, the fetch after the commit
  await requestPreservation(
    tx,
    actor.workspaceId,
    content.evidence.map((e) => e.url),
  );
  const last = await tx.verdictRevision.findFirst({
    where: { verdictId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  return tx.verdictRevision.create({
    data: {
      workspaceId: actor.workspaceId,
      verdictId,
      number: (last?.number ?? 0) + 1,
      ratingLevelId: level.id,
      summary: content.summary,
      authorId: actor.userId,
      evidence: { create: content.evidence.map((e) => ({ ...e, workspaceId: actor.workspaceId })) },
    },
    select: { id: true, number: true },
  });
}
