import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { notificationScope, type Inbox } from "@/lib/notifications/scope";
import type { MarkNotificationReadInput } from "@/lib/notifications/schemas";

/**
 * Marks one of the inbox's notifications read (again: a no-op) and returns its
 * link. Someone else's notification is NotFoundError, as one that does not
 * exist. Not audited: read marks are the person's own view of their inbox and
 * change nothing anyone else sees.
 */
export async function markNotificationRead(
  inbox: Inbox,
  input: MarkNotificationReadInput,
): Promise<{ link: string | null }> {
  const notification = await db.notification.findFirst({
    where: notificationScope(inbox, input.notificationId),
    select: { id: true, link: true, readAt: true },
  });
  if (!notification) throw new NotFoundError("Notification");
  if (!notification.readAt)
    await db.notification.updateMany({
      where: { ...notificationScope(inbox, notification.id), readAt: null },
      data: { readAt: new Date() },
    });
  return { link: notification.link };
}
