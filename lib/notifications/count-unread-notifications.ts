import { db } from "@/lib/db/client";

/**
 * The header's unread count, on every signed-in page: one count over the
 * (userId, readAt) index, so it costs an index range scan of the person's
 * unread rows and nothing that grows with the rest of the table.
 */
export async function countUnreadNotifications(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}
