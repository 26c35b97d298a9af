import { db } from "@/lib/db/client";
import { pageArgs, toPage, type Page, type PageQuery } from "@/lib/paging/newest-first";
import { notificationScope, type Inbox } from "@/lib/notifications/scope";
import type { NotificationKind } from "@/lib/generated/prisma/client";

export interface NotificationDto {
  id: string;
  kind: NotificationKind;
  title: string;
  /** in full */
  body: string;
  /** a path inside the app */
  link: string | null;
  workspaceName: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/**
 * One page of the inbox, newest first (cursor paging: an index range scan on
 * (userId, createdAt), however long the inbox). Only the inbox's owner calls this.
 */
export async function findNotificationsPage(inbox: Inbox, query: PageQuery): Promise<Page<NotificationDto>> {
  const { where, ...paging } = pageArgs(query);
  const rows = await db.notification.findMany({
    where: { ...notificationScope(inbox), ...where },
    ...paging,
    select: {
      id: true,
      kind: true,
      title: true,
      body: true,
      link: true,
      workspaceId: true,
      createdAt: true,
      readAt: true,
    },
  });
  const workspaceIds = [...new Set(rows.flatMap((r) => (r.workspaceId ? [r.workspaceId] : [])))];
  const workspaces = workspaceIds.length
    ? await db.workspace.findMany({ where: { id: { in: workspaceIds } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(workspaces.map((w) => [w.id, w.name]));
  return toPage(rows, query, ({ workspaceId, ...row }) => ({
    ...row,
    workspaceName: workspaceId ? (nameOf.get(workspaceId) ?? null) : null,
  }));
}
