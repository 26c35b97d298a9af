"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireSessionUser } from "@/lib/auth/session";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { MarkAllNotificationsReadInputSchema, MarkNotificationReadInputSchema } from "@/lib/notifications/schemas";
import { personalInbox } from "@/lib/notifications/scope";

export async function markNotificationReadAction(
  _previous: ActionResult<{ link: string | null }> | null,
  form: FormData,
): Promise<ActionResult<{ link: string | null }>> {
  const t = await getTranslations("inbox.item");
  const result = await runFormAction(
    form,
    async (fields) =>
      markNotificationRead(
        personalInbox((await requireSessionUser()).id),
        MarkNotificationReadInputSchema.parse(fields),
      ),
    t("markedRead"),
  );
  if (result.ok) revalidatePath("/inbox");
  return result;
}

export async function markAllNotificationsReadAction(
  _previous: ActionResult<{ marked: number }> | null,
  form: FormData,
): Promise<ActionResult<{ marked: number }>> {
  const result = await runFormAction(form, async (fields) =>
    markAllNotificationsRead(
      personalInbox((await requireSessionUser()).id),
      MarkAllNotificationsReadInputSchema.parse(fields),
    ),
  );
  if (result.ok) revalidatePath("/inbox");
  return result;
}
