import type { Tx } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import {
  comparePassageWithClaim,
  type AppearanceDifference,
  type ClaimContent,
} from "@/lib/claims/agreement/compare-passage";
import type { PassageExtraction } from "@/lib/claims/extract/extract-passage";
import type { Actor } from "@/lib/policy/actor";
import { annotationScopeIncludingDeleted } from "@/lib/annotations/scope";
import { describeDifferences } from "./stored-appearance";

export interface AppearanceLink {
  claimId: string;
  annotationId: string;
  /** what the passage states (extractAnnotation) */
  extraction: PassageExtraction;
  /** what the claim states */
  claim: ClaimContent;
  /** the editor's "same claim despite the difference" note */
  differenceNote?: string | null;
}

/** A new claim's first appearance: what it states is what the claim was made from, and "claim.created" already records it. */
export interface FirstAppearance {
  claimId: string;
  annotationId: string;
  extraction: PassageExtraction;
}

/**
 * Inside a transaction: records that a passage states a claim, with what it
 * states. The one place where the agreement rule bites: a passage that differs
 * from the claim (other words inside a direct quote, another figure, a
 * qualifier that cannot hold with the claim's) is linked only with the
 * editor's note — else InvalidInputError on "differenceNote" listing the
 * differences, and nothing is written. A passage linked that way stays flagged
 * until a reviewer acknowledges it. The annotation becomes kind CLAIM. Audited.
 */
export async function insertAppearance(
  tx: Tx,
  actor: Actor,
  link: AppearanceLink,
): Promise<{ id: string; differences: AppearanceDifference[] }> {
  const differences = comparePassageWithClaim(link.claim, link.extraction);
  const note = link.differenceNote?.trim() || null;
  if (differences.length > 0 && !note) throw passageDiffersError(differences);
  const appearance = await writeAppearance(tx, actor, link, {
    differences: differences as object[],
    differenceNote: differences.length > 0 ? note : null,
  });
  await recordAuditEvent(tx, actor, {
    action: "claim.appearance_linked",
    entityType: "Claim",
    entityId: link.claimId,
    after: {
      annotationId: link.annotationId,
      appearanceId: appearance.id,
      ...(differences.length > 0 ? { differences, differenceNote: note } : {}),
    },
  });
  return { id: appearance.id, differences };
}

/** Inside createClaim's transaction: the first appearance of a new claim (never compared, not audited on its own). */
export async function insertFirstAppearance(tx: Tx, actor: Actor, first: FirstAppearance): Promise<{ id: string }> {
  return writeAppearance(tx, actor, first, {});
}

async function writeAppearance(
  tx: Tx,
  actor: Actor,
  link: FirstAppearance,
  flags: { differences?: object[]; differenceNote?: string | null },
): Promise<{ id: string }> {
  const appearance = await tx.claimAppearance.create({
    data: {
      workspaceId: actor.workspaceId,
      claimId: link.claimId,
      annotationId: link.annotationId,
      createdById: actor.userId,
      extraction: link.extraction as object,
      ...flags,
    },
    select: { id: true },
  });
  await tx.annotation.updateMany({
    where: annotationScopeIncludingDeleted(actor, link.annotationId),
    data: { kind: "CLAIM", revision: { increment: 1 } },
  });
  return appearance;
}

/** The refusal of a link without a note: the differences in words, on the "differenceNote" field. */
export function passageDiffersError(differences: AppearanceDifference[]): InvalidInputError {
  const described = describeDifferences(differences);
  return new InvalidInputError(
    `This passage differs from the claim. ${described}. Link it as the same claim only with a note saying why, or record a relation (misquotes, contradicts, updates, translation of) instead.`,
    { differenceNote: [described] },
  );
}
