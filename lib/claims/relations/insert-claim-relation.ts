import type { Tx } from "@/lib/db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { claimRelationScope, claimScope } from "@/lib/claims/scope";
import type { Actor } from "@/lib/policy/actor";
import type { ClaimRelationFields } from "./schemas";

/**
 * Inside a transaction: records a typed relation from one claim to another of
 * the same workspace. The other claim must be visible to the actor (another
 * workspace's claim is "not found", and nothing is written); a claim never
 * relates to itself; the same relation twice is a ConflictError. Audited.
 */
export async function insertClaimRelation(
  tx: Tx,
  actor: Actor,
  fromClaimId: string,
  fields: ClaimRelationFields,
): Promise<{ id: string }> {
  if (fromClaimId === fields.toClaimId)
    throw new InvalidInputError("A claim cannot relate to itself.", { toClaimId: ["Choose another claim."] });
  const claims = await tx.claim.findMany({
    where: { ...claimScope(actor), id: { in: [fromClaimId, fields.toClaimId] } },
    select: { id: true },
  });
  if (!claims.some((c) => c.id === fromClaimId)) throw new NotFoundError("Claim");
  if (!claims.some((c) => c.id === fields.toClaimId)) throw new NotFoundError("Related claim");
  const translation = fields.kind === "TRANSLATION_OF";
  const existing = await tx.claimRelation.findFirst({
    where: { ...claimRelationScope(actor), fromClaimId, toClaimId: fields.toClaimId, kind: fields.kind },
    select: { id: true },
  });
  if (existing) throw new ConflictError("These claims already have this relation.");
  const relation = await tx.claimRelation.create({
    data: {
      workspaceId: actor.workspaceId,
      kind: fields.kind,
      fromClaimId,
      toClaimId: fields.toClaimId,
      note: fields.note,
      language: translation ? fields.language : null,
      originalWording: translation ? fields.originalWording : null,
      createdById: actor.userId,
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, actor, {
    action: "claim.relation_created",
    entityType: "Claim",
    entityId: fromClaimId,
    after: {
      relationId: relation.id,
      kind: fields.kind,
      toClaimId: fields.toClaimId,
      note: fields.note,
      language: translation ? fields.language : null,
    },
  });
  return relation;
}
