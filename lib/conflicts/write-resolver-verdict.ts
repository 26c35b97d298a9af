import type { Tx } from "@/lib/db/client";
import { createVerdictIn } from "@/lib/verdicts/create-verdict";
import { reviseVerdictIn } from "@/lib/verdicts/revise-verdict";
import { submitVerdictIn, withdrawVerdictIn } from "@/lib/verdicts/step-verdict";
import { verdictScope } from "@/lib/verdicts/scope";
import type { Actor } from "@/lib/policy/actor";
import type { EvidenceInput } from "@/lib/verdicts/schemas";

export interface ResolverVerdict {
  claimId: string;
  verdictId: string;
  revision: number;
  lockVersion: number;
}

/**
 * Inside a resolution's transaction: records the resolver's rating of a member
 * claim through the verdict use cases themselves (their cores: same rules,
 * same audit events, each naming the conflict). The resolver's own verdict on
 * the claim gets a new revision (one is created if they have none; a
 * submitted one is withdrawn first, as its author would), and is then
 * submitted — so another reviewer must approve it (four-eyes): a resolution
 * never approves anything by itself.
 */
export async function writeResolverVerdict(
  tx: Tx,
  actor: Actor,
  claimId: string,
  content: {
    ratingKey: string;
    summary: string;
    evidence: EvidenceInput[];
    conflictId: string;
    correctionNote: string | null;
  },
): Promise<ResolverVerdict> {
  const { conflictId, correctionNote, ...revisionContent } = content;
  const origin = { conflictId };
  const own = await tx.verdict.findFirst({
    where: { ...verdictScope(actor), claimId, authorId: actor.userId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, status: true, lockVersion: true },
  });
  let written: { id: string; revision: number; lockVersion: number };
  if (own) {
    let lockVersion = own.lockVersion;
    if (own.status === "SUBMITTED")
      lockVersion = (await withdrawVerdictIn(tx, actor, { verdictId: own.id, lockVersion }, origin)).lockVersion;
    // revising an approved verdict of a published report needs the correction note (require-correction-note.ts)
    written = await reviseVerdictIn(
      tx,
      actor,
      { verdictId: own.id, lockVersion, correctionNote, ...revisionContent },
      origin,
    );
  } else {
    written = await createVerdictIn(tx, actor, { claimId, ...revisionContent }, origin);
  }
  const submitted = await submitVerdictIn(
    tx,
    actor,
    { verdictId: written.id, lockVersion: written.lockVersion },
    origin,
  );
  return { claimId, verdictId: written.id, revision: written.revision, lockVersion: submitted.lockVersion };
}
