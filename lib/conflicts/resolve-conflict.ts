import { notifyingTransaction } from "@/lib/notifications/notify";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/policy/actor";
import { preservingSources, requestPreservation } from "@/lib/sources/request-preservation";
import { conflictMemberScope, conflictScope } from "./scope";
import { writeResolverVerdict, type ResolverVerdict } from "./write-resolver-verdict";
import type { ResolveConflictInput } from "./schemas";
import { revisionScope } from "@/lib/verdicts/scope";

/**
 * Reviewers and up ("conflict.resolve"): resolves an open conflict — which
 * member claims hold, the reasoning, the evidence — and, for each rating
 * given, updates the member's verdicts through the normal review rules: the
 * resolver's own verdict on that claim gets a revision with the rating and the
 * reasoning, and is submitted for another reviewer to approve (four-eyes;
 * see writeResolverVerdict). All in one transaction, audited. Resolving a
 * conflict that is not open is a ConflictError (also when two reviewers
 * resolve at once: one wins, nothing of the other is written).
 */
export async function resolveConflict(
  actor: Actor,
  input: ResolveConflictInput,
): Promise<{ verdicts: ResolverVerdict[] }> {
  return preservingSources(() =>
    notifyingTransaction(async (tx) => {
      const conflict = await tx.conflict.findFirst({
        where: conflictScope(actor, input.conflictId),
        select: {
          id: true,
          workspaceId: true,
          status: true,
          members: { where: conflictMemberScope(actor, input.conflictId), select: { claimId: true } },
        },
      });
      if (!conflict) throw new NotFoundError("Conflict");
      authorize(actor, "conflict.resolve", { workspaceId: conflict.workspaceId });
      if (conflict.status !== "OPEN")
        throw new ConflictError("This conflict is already resolved. Reopen it first to resolve it again.");
      const memberIds = conflict.members.map((m) => m.claimId);
      checkMembers(memberIds, input);

      const resolvedAt = new Date();
      const { count } = await tx.conflict.updateMany({
        where: { ...conflictScope(actor, conflict.id), status: "OPEN" },
        data: { status: "RESOLVED", resolution: input.resolution, resolvedById: actor.userId, resolvedAt },
      });
      if (count === 0)
        throw new ConflictError(
          "Someone resolved this conflict a moment ago. Reload to see the resolution; yours was not saved.",
        );
      for (const { claimId, holds } of input.holds) {
        await tx.conflictMember.updateMany({
          where: { ...conflictMemberScope(actor, conflict.id), claimId },
          data: { holds },
        });
      }
      if (input.evidence.length > 0) {
        await tx.evidence.createMany({
          data: input.evidence.map((e) => ({ ...e, workspaceId: conflict.workspaceId, conflictId: conflict.id })),
        });
        await requestPreservation(
          tx,
          conflict.workspaceId,
          input.evidence.map((e) => e.url),
        );
      }
      const verdicts: ResolverVerdict[] = [];
      for (const { claimId, ratingKey } of input.ratings) {
        verdicts.push(
          await writeResolverVerdict(tx, actor, claimId, {
            ratingKey,
            summary: input.resolution,
            evidence: input.evidence,
            conflictId: conflict.id,
            correctionNote: input.correctionNote ?? null,
          }),
        );
      }
      // The resolution covers the revisions it wrote: keep resolvedAt at or after them, whichever clock stamped them.
      const newest = await tx.verdictRevision.findFirst({
        where: { ...revisionScope(actor), verdictId: { in: verdicts.map((v) => v.verdictId) } },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true },
      });
      if (newest && newest.createdAt > resolvedAt)
        await tx.conflict.updateMany({
          where: conflictScope(actor, conflict.id),
          data: { resolvedAt: newest.createdAt },
        });
      await recordAuditEvent(tx, actor, {
        action: "conflict.resolved",
        entityType: "Conflict",
        entityId: conflict.id,
        before: { status: "OPEN" },
        after: {
          status: "RESOLVED",
          holds: input.holds,
          resolution: input.resolution,
          evidence: input.evidence,
          ratings: input.ratings,
          verdictIds: verdicts.map((v) => v.verdictId),
        },
      });
      return { verdicts };
    }),
  );
}

/** Every member gets exactly one holds decision; ratings name members, at most one each. */
function checkMembers(memberIds: string[], input: ResolveConflictInput): void {
  const members = new Set(memberIds);
  const decided = input.holds.map((h) => h.claimId);
  if (
    decided.length !== new Set(decided).size ||
    decided.some((id) => !members.has(id)) ||
    memberIds.some((id) => !decided.includes(id))
  ) {
    throw new InvalidInputError("Say for every claim of this conflict whether it holds.", {
      holds: ["Decide for each claim of this conflict."],
    });
  }
  const rated = input.ratings.map((r) => r.claimId);
  if (rated.length !== new Set(rated).size || rated.some((id) => !members.has(id))) {
    throw new InvalidInputError("Ratings must be for claims of this conflict, one each.", {
      ratings: ["Rate each claim of this conflict at most once."],
    });
  }
}
