import { z } from "zod";
import { CorrectionNoteSchema } from "@/lib/reports/schemas";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { passageDiffersError } from "@/lib/claims/appearances/insert-appearance";
import { loadClaimContent } from "@/lib/claims/appearances/claim-content";
import { extractPassage } from "@/lib/claims/extract/extract-passage";
import { comparePassageWithClaim } from "@/lib/claims/agreement/compare-passage";
import { claimScope } from "@/lib/claims/scope";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { linkAppearance } from "@/lib/claims/link-appearance";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";

export const AddSuggestedAppearanceInputSchema = z.object({
  claimId: z.string().min(1),
  articleId: z.string().min(1),
  versionId: z.string().min(1),
  start: z.coerce.number().int(),
  end: z.coerce.number().int(),
  exact: z.string().min(1).max(10_000),
  /** "same claim despite the difference": required when the sentence differs from the claim */
  differenceNote: CorrectionNoteSchema,
});
export type AddSuggestedAppearanceInput = Omit<z.infer<typeof AddSuggestedAppearanceInputSchema>, "differenceNote"> & { differenceNote?: string | null };

/**
 * Editors and up, on an editor's click: annotates a suggested sentence as a
 * claim passage and links it to the claim. If linking fails, the new
 * annotation is removed again (soft delete, audited), so no half-done link stays
 * — including when the sentence differs from the claim and no note was given.
 */
export async function addSuggestedAppearance(actor: Actor, input: AddSuggestedAppearanceInput): Promise<void> {
  authorize(actor, "claim.update");
  // a claim the actor cannot see is "not found" before anything is written (a refused call changes nothing)
  if (!(await db.claim.findFirst({ where: claimScope(actor, input.claimId), select: { id: true } }))) throw new NotFoundError("Claim");
  await refuseUnnotedDifference(actor, input);
  const { claimId, differenceNote, ...span } = input;
  const annotation = await createAnnotation(actor, { ...span, kind: "CLAIM", body: "", tags: [] });
  try {
    await linkAppearance(actor, { claimId, annotationId: annotation.id, differenceNote });
  } catch (error) {
    await deleteAnnotation(actor, { annotationId: annotation.id });
    throw error;
  }
}

/**
 * The agreement rule of insertAppearance, checked before the annotation is
 * created: a sentence that differs from the claim without a note is refused
 * with nothing written (rather than created and deleted again).
 */
async function refuseUnnotedDifference(actor: Actor, input: AddSuggestedAppearanceInput): Promise<void> {
  if (input.differenceNote?.trim()) return;
  const version = await db.articleVersion.findFirst({
    where: { id: input.versionId, articleId: input.articleId, workspaceId: actor.workspaceId, article: { deletedAt: null } },
    select: { text: true, article: { select: { publishedAt: true } } },
  });
  if (!version || input.start < 0 || input.end > version.text.length || input.start >= input.end) return; // createAnnotation reports bad spans
  const content = await db.$transaction((tx) => loadClaimContent(tx, actor.workspaceId, input.claimId));
  if (!content) throw new NotFoundError("Claim");
  const differences = comparePassageWithClaim(content, extractPassage({ text: version.text, start: input.start, end: input.end }, { publishedAt: version.article.publishedAt }));
  if (differences.length > 0) throw passageDiffersError(differences);
}
