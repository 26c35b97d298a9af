"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";
import { updateClaimReviewFields } from "@/lib/claims/update-claim-review-fields";
import { UpdateClaimReviewFieldsInputSchema } from "@/lib/claims/claim-review-fields-schemas";

/** The preflight's form for one fact-check: every field is sent; blank clears it. */
export async function updateClaimReviewFieldsAction(
  slug: string,
  reportId: string,
  claimId: string,
  _previous: ActionResult<null> | null,
  form: FormData,
): Promise<ActionResult<null>> {
  const t = await getTranslations("factCheck.preflight");
  const result = await runFormAction(
    form,
    async (fields) => {
      await updateClaimReviewFields(
        await getActor(slug),
        UpdateClaimReviewFieldsInputSchema.parse({
          claimId,
          shortStatement: fields.shortStatement ?? "",
          claimant: fields.claimant ?? "",
          claimDate: fields.claimDate ?? "",
          firstAppearanceUrl: fields.firstAppearanceUrl ?? "",
          correctionNote: fields.correctionNote ?? "",
        }),
      );
      return null;
    },
    t("saved"),
  );
  if (result.ok) revalidatePath(`/w/${slug}/reports/${reportId}`);
  return result;
}
