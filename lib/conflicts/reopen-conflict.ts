import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/policy/actor";
import { conflictPartsScope, conflictScope } from "./scope";
import type { ReopenConflictInput } from "./schemas";

/**
 * Reviewers and up ("conflict.resolve"): puts a resolved conflict back to OPEN
 * so it can be resolved again. The row forgets the resolution (holds,
 * reasoning, evidence, resolver); the audit event keeps all of it, so the
 * history stays readable in the audit log. Verdicts the resolution submitted
 * are not touched: they are in review like any other. Reopening an open
 * conflict is a ConflictError.
 */
export async function reopenConflict(actor: Actor, input: ReopenConflictInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const conflict = await tx.conflict.findFirst({
      where: conflictScope(actor, input.conflictId),
      select: {
        id: true,
        workspaceId: true,
        status: true,
        resolution: true,
        resolvedById: true,
        resolvedAt: true,
        members: { select: { claimId: true, holds: true } },
        evidence: { select: { url: true, title: true, quote: true, accessedAt: true, isPrimary: true } },
      },
    });
    if (!conflict) throw new NotFoundError("Conflict");
    authorize(actor, "conflict.resolve", { workspaceId: conflict.workspaceId });
    if (conflict.status !== "RESOLVED") throw new ConflictError("This conflict is already open.");
    const { count } = await tx.conflict.updateMany({
      where: { ...conflictScope(actor, conflict.id), status: "RESOLVED" },
      data: { status: "OPEN", resolution: null, resolvedById: null, resolvedAt: null },
    });
    if (count === 0) throw new ConflictError("Someone reopened this conflict a moment ago.");
    await tx.conflictMember.updateMany({
      where: conflictPartsScope(actor, conflict.id),
      data: { holds: null },
    });
    await tx.evidence.deleteMany({ where: conflictPartsScope(actor, conflict.id) });
    const { id, workspaceId: _workspaceId, status, ...resolution } = conflict;
    await recordAuditEvent(tx, actor, {
      action: "conflict.reopened",
      entityType: "Conflict",
      entityId: id,
      before: { status, ...resolution },
      after: { status: "OPEN", reason: input.reason },
    });
  });
}
