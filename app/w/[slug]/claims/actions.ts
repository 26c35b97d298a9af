"use server";

import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import type { Messages } from "@/lib/i18n/catalogue";
import { idempotentAction, runAction, runFormAction, type ActionResult } from "@/app/_lib/run-action";
import { revalidateWorkspaceIfOk } from "@/app/_lib/revalidate-workspace";
import { createClaim } from "@/lib/claims/create-claim";
import { linkAppearance } from "@/lib/claims/link-appearance";
import { assignClaim } from "@/lib/claims/assign-claim";
import {
  AssignClaimInputSchema,
  CreateClaimInputSchema,
  DeleteClaimInputSchema,
  LinkAppearanceInputSchema,
  UnlinkAppearanceInputSchema,
  UpdateClaimInputSchema,
} from "@/lib/claims/schemas";
import { unlinkAppearance } from "@/lib/claims/unlink-appearance";
import { updateClaim } from "@/lib/claims/update-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { getPassageExtraction, type PassageExtractionDto } from "@/lib/claims/get-passage-extraction";
import { createClaimRelation } from "@/lib/claims/relations/create-claim-relation";
import { deleteClaimRelation } from "@/lib/claims/relations/delete-claim-relation";
import { CreateClaimRelationInputSchema, DeleteClaimRelationInputSchema } from "@/lib/claims/relations/schemas";
import { recordRelatedClaim, RecordRelatedClaimInputSchema } from "@/lib/claims/record-related-claim";
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { reviseVerdict } from "@/lib/verdicts/revise-verdict";
import { submitVerdict, withdrawVerdict } from "@/lib/verdicts/step-verdict";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { addSuggestedAppearance, AddSuggestedAppearanceInputSchema } from "@/lib/claims/add-suggested-appearance";
import {
  CreateVerdictInputSchema,
  ReviewVerdictInputSchema,
  ReviseVerdictInputSchema,
  VerdictStepInputSchema,
} from "@/lib/verdicts/schemas";

// Thin adapters: parse once, act as the signed-in member of the workspace in the URL; a change redraws the
// workspace's pages (revalidateWorkspaceIfOk), so no caller refreshes after one.

/** A success message in the member's language. */
async function succeeded(key: keyof Messages["claims"]["actions"]): Promise<string> {
  return (await getTranslations("claims.actions"))(key);
}

export async function createClaimAction(slug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await idempotentAction("createClaim", [slug, input], async () =>
    runAction(
      async () => createClaim(await getActor(slug), CreateClaimInputSchema.parse(input)),
      await succeeded("claimCreated"),
    ),
  );
  return revalidateWorkspaceIfOk(slug, result);
}
export async function linkAppearanceAction(slug: string, input: unknown): Promise<ActionResult> {
  return revalidateWorkspaceIfOk(
    slug,
    await runAction(
      async () => {
        await linkAppearance(await getActor(slug), LinkAppearanceInputSchema.parse(input));
      },
      await succeeded("linked"),
    ),
  );
}
/** The form's two selects; "" leaves the role unassigned. */
export async function assignClaimAction(
  slug: string,
  claimId: string,
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const result = await runFormAction(
    form,
    async ({ editorId, reviewerId }) =>
      assignClaim(await getActor(slug), AssignClaimInputSchema.parse({ claimId, editorId, reviewerId })),
    await succeeded("assignmentSaved"),
  );
  return revalidateWorkspaceIfOk(slug, result);
}
export async function createVerdictAction(slug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await idempotentAction("createVerdict", [slug, input], async () =>
    runAction(
      async () => createVerdict(await getActor(slug), CreateVerdictInputSchema.parse(input)),
      await succeeded("verdictDrafted"),
    ),
  );
  return revalidateWorkspaceIfOk(slug, result);
}
export async function reviseVerdictAction(
  slug: string,
  input: unknown,
): Promise<ActionResult<{ revision: number; lockVersion: number }>> {
  return revalidateWorkspaceIfOk(
    slug,
    await runAction(
      async () => reviseVerdict(await getActor(slug), ReviseVerdictInputSchema.parse(input)),
      await succeeded("revisionSaved"),
    ),
  );
}
export async function submitVerdictAction(
  slug: string,
  input: unknown,
): Promise<ActionResult<{ lockVersion: number }>> {
  return revalidateWorkspaceIfOk(
    slug,
    await runAction(
      async () => submitVerdict(await getActor(slug), VerdictStepInputSchema.parse(input)),
      await succeeded("sentToReview"),
    ),
  );
}
export async function withdrawVerdictAction(
  slug: string,
  input: unknown,
): Promise<ActionResult<{ lockVersion: number }>> {
  return revalidateWorkspaceIfOk(
    slug,
    await runAction(
      async () => withdrawVerdict(await getActor(slug), VerdictStepInputSchema.parse(input)),
      await succeeded("withdrawn"),
    ),
  );
}
export async function reviewVerdictAction(
  slug: string,
  input: unknown,
): Promise<ActionResult<{ lockVersion: number }>> {
  return revalidateWorkspaceIfOk(
    slug,
    await runAction(
      async () => reviewVerdict(await getActor(slug), ReviewVerdictInputSchema.parse(input)),
      await succeeded("reviewRecorded"),
    ),
  );
}

export async function addSuggestedAppearanceAction(slug: string, input: unknown): Promise<ActionResult> {
  return revalidateWorkspaceIfOk(
    slug,
    await runAction(
      async () => addSuggestedAppearance(await getActor(slug), AddSuggestedAppearanceInputSchema.parse(input)),
      await succeeded("addedAsAppearance"),
    ),
  );
}

export async function unlinkAppearanceAction(slug: string, input: unknown): Promise<ActionResult> {
  return revalidateWorkspaceIfOk(
    slug,
    await runAction(
      async () => unlinkAppearance(await getActor(slug), UnlinkAppearanceInputSchema.parse(input)),
      await succeeded("appearanceUnlinked"),
    ),
  );
}
export async function updateClaimAction(slug: string, input: unknown): Promise<ActionResult> {
  return revalidateWorkspaceIfOk(
    slug,
    await runAction(
      async () => updateClaim(await getActor(slug), UpdateClaimInputSchema.parse(input)),
      await succeeded("claimSaved"),
    ),
  );
}
/**
 * Not revalidated: the client leaves for the claims list, which loads afresh, and a redraw of the
 * current page in this answer would render a claim that is gone.
 */
export async function deleteClaimAction(slug: string, input: unknown): Promise<ActionResult> {
  return runAction(
    async () => deleteClaim(await getActor(slug), DeleteClaimInputSchema.parse(input)),
    await succeeded("claimDeleted"),
  );
}
export async function createClaimRelationAction(slug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return revalidateWorkspaceIfOk(
    slug,
    await runAction(
      async () => createClaimRelation(await getActor(slug), CreateClaimRelationInputSchema.parse(input)),
      await succeeded("relationRecorded"),
    ),
  );
}
export async function deleteClaimRelationAction(slug: string, input: unknown): Promise<ActionResult> {
  return revalidateWorkspaceIfOk(
    slug,
    await runAction(
      async () => deleteClaimRelation(await getActor(slug), DeleteClaimRelationInputSchema.parse(input)),
      await succeeded("relationRemoved"),
    ),
  );
}
/** What a passage states and the claim fields it suggests; with a claim id, how it differs from that claim. */
export async function getPassageExtractionAction(
  slug: string,
  annotationId: string,
  claimId?: string,
): Promise<ActionResult<PassageExtractionDto>> {
  return runAction(async () =>
    getPassageExtraction(
      await getActor(slug),
      String(annotationId),
      claimId === undefined ? undefined : String(claimId),
    ),
  );
}

/** "Record as a relation" for a suggested sentence that differs from a claim (one transaction: recordRelatedClaim). */
export async function recordVariantAsRelationAction(
  slug: string,
  input: unknown,
): Promise<ActionResult<{ id: string }>> {
  return revalidateWorkspaceIfOk(
    slug,
    await runAction(
      async () => recordRelatedClaim(await getActor(slug), RecordRelatedClaimInputSchema.parse(input)),
      await succeeded("relatedClaimRecorded"),
    ),
  );
}
