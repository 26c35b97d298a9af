"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";
import { updatePublishingSettings } from "@/lib/workspaces/update-publishing-settings";
import {
  UpdatePublishingSettingsInputSchema,
  type PublishingSettingsDto,
} from "@/lib/workspaces/publishing-settings-schemas";

/** The checkbox sends showCheckerNames=true when ticked and nothing when not. */
export async function updatePublishingSettingsAction(
  slug: string,
  _previous: ActionResult<PublishingSettingsDto> | null,
  form: FormData,
): Promise<ActionResult<PublishingSettingsDto>> {
  const t = await getTranslations("factCheck.settings");
  const result = await runFormAction(
    form,
    async (fields) =>
      updatePublishingSettings(
        await getActor(slug),
        UpdatePublishingSettingsInputSchema.parse({
          methodologyUrl: fields.methodologyUrl ?? "",
          showCheckerNames: fields.showCheckerNames === "true",
        }),
      ),
    t("saved"),
  );
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}
