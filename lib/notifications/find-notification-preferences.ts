import { db } from "@/lib/db/client";
import { NOTIFICATION_KINDS } from "@/lib/notifications/preferences";
import type { NotificationKind } from "@/lib/generated/prisma/client";

export interface NotificationPreferenceDto {
  kind: NotificationKind;
  label: string;
  email: boolean;
}

/** The person's choice per kind, or the default where they chose nothing; in the order the page lists them. */
export async function findNotificationPreferences(userId: string): Promise<NotificationPreferenceDto[]> {
  const saved = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, email: true } });
  const chosen = new Map(saved.map((p) => [p.kind, p.email]));
  return NOTIFICATION_KINDS.map(({ kind, label, emailByDefault }) => ({
    kind,
    label,
    email: chosen.get(kind) ?? emailByDefault,
  }));
}
