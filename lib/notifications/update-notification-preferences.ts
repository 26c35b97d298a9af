import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findNotificationPreferences } from "@/lib/notifications/find-notification-preferences";
import { NOTIFICATION_KINDS } from "@/lib/notifications/preferences";
import type { UpdateNotificationPreferencesInput } from "@/lib/notifications/schemas";

/**
 * The signed-in person: which notifications also come by email. Every kind is
 * saved (a default stops being one once chosen). Audited outside any
 * workspace, with the choices before and after.
 */
export async function updateNotificationPreferences(
  userId: string,
  input: UpdateNotificationPreferencesInput,
): Promise<void> {
  const before = await findNotificationPreferences(userId);
  await db.$transaction(async (tx) => {
    for (const { kind } of NOTIFICATION_KINDS) {
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, email: input[kind] },
        update: { email: input[kind] },
      });
    }
    await recordAuditEvent(
      tx,
      { userId, workspaceId: null },
      {
        action: "notification_preferences.updated",
        entityType: "User",
        entityId: userId,
        before: Object.fromEntries(before.map((p) => [p.kind, p.email])),
        after: input,
      },
    );
  });
}
