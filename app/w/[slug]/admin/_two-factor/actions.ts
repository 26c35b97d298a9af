"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";
import { updateTwoFactorRequirement } from "@/lib/workspaces/update-two-factor-requirement";
import {
  UpdateTwoFactorRequirementInputSchema,
  type TwoFactorRequirementDto,
} from "@/lib/workspaces/two-factor-requirement-schemas";

/** The form's checkbox sends required=true when ticked and nothing when not. */
export async function updateTwoFactorRequirementAction(
  slug: string,
  _previous: ActionResult<TwoFactorRequirementDto> | null,
  form: FormData,
): Promise<ActionResult<TwoFactorRequirementDto>> {
  const t = await getTranslations("admin.actions");
  const result = await runFormAction(
    form,
    async (fields) =>
      updateTwoFactorRequirement(
        await getActor(slug),
        UpdateTwoFactorRequirementInputSchema.parse({ required: fields.required === "true" }),
      ),
    t("twoFactorSaved"),
  );
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}
