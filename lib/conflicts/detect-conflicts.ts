import { db, type Tx } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-audit-event";
import { queueWebhookEvent } from "@/lib/webhooks/queue-webhook-event";
import type { Actor } from "@/lib/policy/actor";
import type { ConflictKind } from "@/lib/generated/prisma/enums";
import { conflictScope } from "./scope";
import { readByIds, readInIdOrder } from "@/lib/db/in-batches";
import { runDetectors } from "./detect/run-detectors";
import { detectionKeys, type DetectionKeys } from "./detect/detection-keys";
import type { ClaimOpinions } from "./detect/load-rating-opinions";
import type { DetectedConflict } from "./detect/detected-conflict";

export interface DetectionResult {
  /** Conflicts detected for the first time by this run. */
  created: number;
  /** Detected conflicts that were already stored (open or resolved), left as they are. */
  unchanged: number;
  /** Open conflicts that are no longer detected, closed by this run. */
  closed: number;
  /** Claims the figure and quote detectors read (all live ones, or the groups of an incremental run). */
  claimsRead: number;
  /** Claims whose counted verdicts the disagreement detector compared (all rated ones, or the changed ones of an incremental run). */
  verdictClaimsRead: number;
}

/** The resolution written on an open conflict that detection no longer finds. */
export const NO_LONGER_DETECTED: Record<ConflictKind, string> = {
  FIGURE_MISMATCH: "No longer detected: the claims were changed",
  QUOTE_MISMATCH: "No longer detected: the claims were changed",
  VERDICT_DISAGREEMENT: "No longer detected: the verdicts were changed",
};

type StoredConflict = {
  id: string;
  kind: ConflictKind;
  status: "OPEN" | "RESOLVED";
  fingerprint: string;
  resolvedAt: Date | null;
  claimIds: string[];
};

/**
 * Editors and up ("conflict.propose"): runs the detectors over the workspace's
 * live claims and, in one transaction, stores each newly detected conflict
 * (OPEN, with its members and the detector's question), leaves conflicts
 * already stored under the same fingerprint alone (a resolved conflict stays
 * resolved), and closes open conflicts that are no longer detected (RESOLVED,
 * resolvedBy = the actor). Every created and closed conflict is audited.
 * Idempotent: a second run over unchanged data changes nothing.
 *
 * Verdict disagreements are about a claim, and their fingerprint also names
 * every rating, so any rating change yields a new fingerprint. Two rules keep
 * that from producing duplicates:
 * - an OPEN disagreement conflict on the claim stands for the current one
 *   (e.g. a conflict a reviewer reopened after adding their own verdict);
 * - a disagreement is settled when a disagreement conflict on the claim was
 *   resolved after the newest counted verdict revision on it: the reviewer
 *   decided with every rating in view; a later revision raises it again.
 * Runs for one workspace are serialized (advisory lock), so two editors
 * pressing "check" at once cannot store the same conflict twice.
 */
export async function detectConflicts(actor: Actor): Promise<DetectionResult> {
  authorize(actor, "conflict.propose");
  return storeDetectedConflicts(actor);
}

/**
 * The body of detectConflicts without its authorization, for detection that
 * runs by itself after a change the actor was already authorized to make
 * (lib/claims/request-conflict-detection.ts). With `changedClaimIds` it is incremental: only
 * the figure and quote groups those claims belong to (or left) are compared
 * and only their conflicts may be closed (detection-keys.ts). The audit rows (and resolvedBy of conflicts it
 * closes) name `attributedTo`: the actor, or the system (userId null) for a
 * background run whose member has left the workspace meanwhile.
 */
export async function storeDetectedConflicts(
  actor: Actor,
  attributedTo: AuditActor = actor,
  changedClaimIds?: readonly string[],
): Promise<DetectionResult> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`factdesk:conflict-detection:${actor.workspaceId}`}))`;
      const keys = changedClaimIds ? await detectionKeys(tx, actor, changedClaimIds) : undefined;
      const { conflicts: detected, opinions, claimsRead } = await runDetectors(tx, actor, keys);
      const stored = await loadStored(tx, actor, keys);
      const compared = keys ? comparedBy(keys) : () => true;
      const byFingerprint = new Map(stored.map((c) => [c.fingerprint, c]));
      const seen = new Set<string>();
      let created = 0;
      for (const conflict of detected) {
        const standing = byFingerprint.get(conflict.fingerprint) ?? openDisagreementOn(stored, conflict);
        if (standing) {
          seen.add(standing.id);
          continue;
        }
        if (
          conflict.kind === "VERDICT_DISAGREEMENT" &&
          settled(stored, conflict.claimIds[0]!, opinions.get(conflict.claimIds[0]!))
        )
          continue;
        await createConflict(tx, actor, attributedTo, conflict);
        created++;
      }
      let closed = 0;
      for (const conflict of stored.filter((c) => c.status === "OPEN" && !seen.has(c.id) && compared(c)))
        closed += await closeConflict(tx, actor, attributedTo, conflict);
      return { created, unchanged: seen.size, closed, claimsRead, verdictClaimsRead: opinions.size };
    },
    { timeout: 30_000 },
  );
}

/**
 * Whether an incremental run compared the claims of a stored conflict, and so
 * may close it when it is no longer detected: a figure or quote conflict with
 * a member in the groups the run compared (its members share that group), a
 * verdict disagreement on a claim whose verdicts it compared.
 */
function comparedBy(keys: DetectionKeys): (conflict: StoredConflict) => boolean {
  const figureGroups = new Set(keys.figureClaimIds);
  const quoteGroups = new Set(keys.quoteClaimIds);
  const verdictClaims = new Set(keys.verdictClaimIds);
  const members: Record<ConflictKind, Set<string>> = {
    FIGURE_MISMATCH: figureGroups,
    QUOTE_MISMATCH: quoteGroups,
    VERDICT_DISAGREEMENT: verdictClaims,
  };
  return (conflict) => conflict.claimIds.some((id) => members[conflict.kind].has(id));
}

/**
 * The workspace's stored conflicts; for an incremental run only those with a
 * member among the claims it compared (any other stored conflict can neither
 * match a detected one nor be closed by the run).
 */
async function loadStored(tx: Tx, actor: Actor, keys: DetectionKeys | undefined): Promise<StoredConflict[]> {
  const compared = keys
    ? [...new Set([...keys.figureClaimIds, ...keys.quoteClaimIds, ...keys.verdictClaimIds])]
    : undefined;
  const select = {
    id: true,
    kind: true,
    status: true,
    fingerprint: true,
    resolvedAt: true,
    members: { select: { claimId: true } },
  };
  const rows = compared
    ? await readByIds(compared, (ids) =>
        tx.conflict.findMany({
          where: { ...conflictScope(actor), members: { some: { claimId: { in: ids } } } },
          select,
        }),
      )
    : await readInIdOrder((afterId, take) =>
        tx.conflict.findMany({
          where: { ...conflictScope(actor), ...(afterId ? { id: { gt: afterId } } : {}) },
          orderBy: { id: "asc" },
          take,
          select,
        }),
      );
  // a conflict with members in two slices of `compared` comes twice
  const unique = [...new Map(rows.map((row) => [row.id, row])).values()];
  return unique.map(({ members, ...c }) => ({ ...c, claimIds: members.map((m) => m.claimId) }));
}

function openDisagreementOn(stored: StoredConflict[], conflict: DetectedConflict): StoredConflict | undefined {
  if (conflict.kind !== "VERDICT_DISAGREEMENT") return undefined;
  return stored.find(
    (c) => c.kind === "VERDICT_DISAGREEMENT" && c.status === "OPEN" && c.claimIds.includes(conflict.claimIds[0]!),
  );
}

function settled(stored: StoredConflict[], claimId: string, opinions: ClaimOpinions | undefined): boolean {
  if (!opinions) return false;
  return stored.some(
    (c) =>
      c.kind === "VERDICT_DISAGREEMENT" &&
      c.status === "RESOLVED" &&
      c.resolvedAt !== null &&
      c.claimIds.includes(claimId) &&
      c.resolvedAt >= opinions.lastRevisedAt,
  );
}

async function createConflict(
  tx: Tx,
  actor: Actor,
  attributedTo: AuditActor,
  conflict: DetectedConflict,
): Promise<void> {
  const row = await tx.conflict.create({
    data: {
      workspaceId: actor.workspaceId,
      kind: conflict.kind,
      question: conflict.question,
      questionParams: conflict.questionParams,
      fingerprint: conflict.fingerprint,
      members: { create: conflict.claimIds.map((claimId) => ({ workspaceId: actor.workspaceId, claimId })) },
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, attributedTo, {
    action: "conflict.detected",
    entityType: "Conflict",
    entityId: row.id,
    after: {
      kind: conflict.kind,
      question: conflict.question,
      fingerprint: conflict.fingerprint,
      claimIds: conflict.claimIds,
    },
  });
  await queueWebhookEvent(tx, actor.workspaceId, "conflict.detected", { conflictId: row.id });
}

async function closeConflict(
  tx: Tx,
  actor: Actor,
  attributedTo: AuditActor,
  conflict: StoredConflict,
): Promise<number> {
  const resolution = NO_LONGER_DETECTED[conflict.kind];
  const { count } = await tx.conflict.updateMany({
    where: { ...conflictScope(actor, conflict.id), status: "OPEN" },
    data: { status: "RESOLVED", resolution, resolvedById: attributedTo.userId, resolvedAt: new Date() },
  });
  if (count === 0) return 0; // a reviewer resolved it meanwhile
  await recordAuditEvent(tx, attributedTo, {
    action: "conflict.auto_closed",
    entityType: "Conflict",
    entityId: conflict.id,
    before: { status: "OPEN", fingerprint: conflict.fingerprint },
    after: { status: "RESOLVED", resolution },
  });
  return 1;
}
