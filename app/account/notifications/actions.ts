"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireSessionUser } from "@/lib/auth/session";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";
import { updateNotificationPreferences } from "@/lib/notifications/update-notification-preferences";
import { UpdateNotificationPreferencesInputSchema } from "@/lib/notifications/schemas";

export async function updateNotificationPreferencesAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const t = await getTranslations("account.actions");
  const result = await runFormAction(
    form,
    async (fields) =>
      updateNotificationPreferences(
        (await requireSessionUser()).id,
        UpdateNotificationPreferencesInputSchema.parse(fields),
      ),
    t("notificationsSaved"),
  );
  if (result.ok) revalidatePath("/account/notifications");
  return result;
}
