import type { Tx } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import { queueMail } from "@/lib/mail/queue-mail";
import { absoluteAppUrl } from "@/lib/mail/absolute-url";
import { emailByDefault } from "@/lib/notifications/preferences";

export interface NewNotification {
  userId: string;
  workspaceId: string | null;
  kind: NotificationKind;
  /** one line, shown in the inbox and as the email subject */
  title: string;
  /** in full: a reviewer's reason is never shortened */
  body: string;
  /** a path inside the app */
  link: string | null;
}

/**
 * Puts a notification in the person's inbox and, if their preferences say so,
 * queues an email — in the caller's transaction, so a notification exists
 * exactly when the change it reports was committed. Returns the ids of queued
 * mails for the caller to deliver after the commit (lib/mail/deliver-mail.ts).
 * Nobody is notified of their own action.
 */
export async function notify(tx: Tx, actorUserId: string | null, notifications: readonly NewNotification[]): Promise<string[]> {
  const mailIds: string[] = [];
  for (const n of notifications) {
    if (n.userId === actorUserId) continue;
    await tx.notification.create({ data: { userId: n.userId, workspaceId: n.workspaceId, kind: n.kind, title: n.title, body: n.body, link: n.link } });
    const preference = await tx.notificationPreference.findUnique({ where: { userId_kind: { userId: n.userId, kind: n.kind } }, select: { email: true } });
    if (!(preference?.email ?? emailByDefault(n.kind))) continue;
    const user = await tx.user.findUnique({ where: { id: n.userId }, select: { email: true } });
    if (!user) continue;
    const text = [n.body, "", ...(n.link ? [`Open it in Factdesk: ${absoluteAppUrl(n.link)}`, ""] : []), `Choose which notifications you receive by email: ${absoluteAppUrl("/account/notifications")}`].join("\n");
    mailIds.push(await queueMail(tx, { to: user.email, subject: n.title, text, kind: "notification", workspaceId: n.workspaceId }));
  }
  return mailIds;
}
