import { db, type Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueWebhookEvent } from "@/lib/webhooks/queue-webhook-event";
import { annotationScope } from "@/lib/annotations/scope";
import { EXTRACTABLE_ANNOTATION, extractAnnotation } from "@/lib/claims/appearances/extract-annotation";
import { insertFirstAppearance } from "@/lib/claims/appearances/insert-appearance";
import { suggestClaimFields } from "@/lib/claims/extract/suggest-claim-fields";
import { insertClaimRelation } from "@/lib/claims/relations/insert-claim-relation";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import type { PassageExtraction } from "@/lib/claims/extract/extract-passage";
import { findEventPlace } from "@/lib/claims/extract/find-event-place";
import { splitSentences } from "@/lib/claims/split-sentences";
import type { Actor } from "@/lib/policy/actor";
import type { CreateClaimInput } from "@/lib/claims/schemas";

/**
 * Editors and up: turns an annotation into a claim, with the annotated span as
 * its first appearance (the annotation becomes kind CLAIM). Fields the input
 * leaves blank are filled from what the passage states (withPassageDefaults),
 * so a claim made from "at least 12 dead" has its figure and event date even
 * through the API. With `relation`, the new claim is recorded in the same
 * transaction as misquoting / contradicting / updating / translating another
 * claim (the "record a relation" choice when a passage differs). Audited;
 * conflict detection runs after the commit.
 */
export async function createClaim(actor: Actor, input: CreateClaimInput): Promise<{ id: string }> {
  authorize(actor, "claim.create");
  const created = await db.$transaction((tx) => insertClaim(tx, actor, input));
  await requestConflictDetection(actor, [created.id, ...(input.relation ? [input.relation.toClaimId] : [])]);
  return created;
}

/** The body of createClaim inside a caller's transaction (the caller authorizes and runs detection after the commit). */
export async function insertClaim(tx: Tx, actor: Actor, input: CreateClaimInput): Promise<{ id: string }> {
  const { annotationId, relation, ...typed } = input;
  const annotation = await tx.annotation.findFirst({
    where: annotationScope(actor, annotationId),
    select: EXTRACTABLE_ANNOTATION,
  });
  if (!annotation) throw new NotFoundError("Annotation");
  const extraction = extractAnnotation(annotation);
  const fields = withPassageDefaults(
    typed,
    annotation.version.text.slice(annotation.start, annotation.end),
    extraction,
    sentencesAround(annotation.version.text, annotation.start, annotation.end),
  );
  const claim = await tx.claim.create({
    data: { workspaceId: actor.workspaceId, ...fields, createdById: actor.userId },
    select: { id: true },
  });
  await queueWebhookEvent(tx, actor.workspaceId, "claim.created", { claimId: claim.id });
  await insertFirstAppearance(tx, actor, { claimId: claim.id, annotationId: annotation.id, extraction });
  // after the other writes: the audit insert takes the workspace's audit-chain lock until commit (lib/audit/README.md)
  await recordAuditEvent(tx, actor, {
    action: "claim.created",
    entityType: "Claim",
    entityId: claim.id,
    after: { ...fields, annotationId },
  });
  // a relation's own event follows the claim's, as before
  if (relation) await insertClaimRelation(tx, actor, claim.id, relation);
  return claim;
}

type ClaimFields = Omit<CreateClaimInput, "annotationId" | "relation">;

/**
 * Blank fields take what the passage states: the claimant from a quote's
 * speaker, the structured value from its figure (only when no value field was
 * typed, so a figure is never half-mixed with the editor's), the event date
 * from the passage or its article, the event place from the sentence around
 * it (so two reports of one strike are recognised as one event). Typed fields
 * always win.
 */
function withPassageDefaults(
  fields: ClaimFields,
  exact: string,
  extraction: PassageExtraction,
  sentences: string,
): ClaimFields {
  const suggested = suggestClaimFields(exact, extraction);
  const valueTyped =
    fields.metric !== null || fields.valueLow !== null || fields.qualifier !== null || fields.unit !== null;
  return {
    ...fields,
    claimant: fields.claimant ?? suggested.claimant,
    eventDate: fields.eventDate ?? (suggested.eventDate ? new Date(`${suggested.eventDate}T00:00:00Z`) : null),
    eventPlace: fields.eventPlace ?? (fields.eventLabel ? null : findEventPlace(sentences)),
    ...(valueTyped || suggested.valueLow === null
      ? {}
      : {
          metric: suggested.metric,
          valueLow: suggested.valueLow,
          valueHigh: suggested.valueHigh,
          qualifier: suggested.qualifier,
          unit: suggested.unit,
        }),
  };
}

/** The sentences of the passage's paragraph that the passage touches (at least the passage itself). */
function sentencesAround(text: string, start: number, end: number): string {
  const paragraphStart = text.lastIndexOf("\n", start - 1) + 1;
  const next = text.indexOf("\n", end);
  const paragraphEnd = next < 0 ? text.length : next;
  const touched = splitSentences(text.slice(paragraphStart, paragraphEnd)).filter(
    (s) => s.start + paragraphStart < Math.max(end, start + 1) && s.end + paragraphStart > start,
  );
  return touched.map((s) => s.text).join(" ") || text.slice(start, end);
}
