import type { Tx } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { applyVerdictEvent } from "@/lib/verdicts/apply-verdict-event";
import { writeRevision } from "@/lib/verdicts/write-revision";
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
 * claim through the normal verdict rules. The resolver's own verdict on the
 * claim gets a new revision (one is created if they have none; a submitted one
 * is withdrawn first, as its author would), and is then submitted — so another
 * reviewer must approve it (four-eyes): a resolution never approves anything
 * by itself. Each step is audited like the use case it mirrors.
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
  authorize(actor, "verdict.draft");
  const { conflictId, correctionNote, ...revisionContent } = content;
  const own = await tx.verdict.findFirst({
    where: { ...verdictScope(actor), claimId, authorId: actor.userId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, status: true, lockVersion: true },
  });
  let verdictId: string;
  let lockVersion: number;
  if (own) {
    verdictId = own.id;
    lockVersion = own.lockVersion;
    if (own.status === "SUBMITTED")
      lockVersion = (await step(tx, actor, verdictId, lockVersion, "withdraw", conflictId)).lockVersion;
    // revising an approved verdict of a published report needs the correction note (require-correction-note.ts)
    const revised = await applyVerdictEvent(tx, actor, { verdictId, lockVersion, correctionNote }, "revise");
    lockVersion = revised.lockVersion;
  } else {
    const created = await tx.verdict.create({
      data: { workspaceId: actor.workspaceId, claimId, authorId: actor.userId },
      select: { id: true, lockVersion: true },
    });
    verdictId = created.id;
    lockVersion = created.lockVersion;
  }
  const revision = await writeRevision(tx, actor, verdictId, revisionContent);
  await recordAuditEvent(tx, actor, {
    action: own ? "verdict.revised" : "verdict.created",
    entityType: "Verdict",
    entityId: verdictId,
    ...(own ? { before: { status: own.status } } : {}),
    after: {
      claimId,
      ratingKey: content.ratingKey,
      summary: content.summary,
      evidence: content.evidence.length,
      revision: revision.number,
      conflictId,
    },
  });
  const submitted = await step(tx, actor, verdictId, lockVersion, "submit", conflictId);
  return { claimId, verdictId, revision: revision.number, lockVersion: submitted.lockVersion };
}

async function step(
  tx: Tx,
  actor: Actor,
  verdictId: string,
  lockVersion: number,
  event: "submit" | "withdraw",
  conflictId: string,
): Promise<{ lockVersion: number }> {
  const applied = await applyVerdictEvent(tx, actor, { verdictId, lockVersion }, event);
  await recordAuditEvent(tx, actor, {
    action: event === "submit" ? "verdict.submitted" : "verdict.withdrawn",
    entityType: "Verdict",
    entityId: verdictId,
    before: { status: applied.from },
    after: { status: applied.to, conflictId },
  });
  return { lockVersion: applied.lockVersion };
}
