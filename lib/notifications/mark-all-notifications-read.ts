import { db } from "@/lib/db/client";
import { notificationScope, type Inbox } from "@/lib/notifications/scope";
import type { MarkAllNotificationsReadInput } from "@/lib/notifications/schemas";

/**
 * Marks every unread notification of the inbox that arrived by `seenAt` read:
 * one that came in after the person looked at the inbox stays unread.
 * Not audited (see markNotificationRead).
 */
export async function markAllNotificationsRead(
  inbox: Inbox,
  input: MarkAllNotificationsReadInput,
): Promise<{ marked: number }> {
  const { count } = await db.notification.updateMany({
    where: { ...notificationScope(inbox), readAt: null, createdAt: { lte: input.seenAt } },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
