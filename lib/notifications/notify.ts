import { db, type Tx } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import { queueMail } from "@/lib/mail/queue-mail";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { absoluteAppUrl } from "@/lib/mail/absolute-url";
import { emailByDefault } from "@/lib/notifications/preferences";
import { recipientLocale, translatorFor, type TranslatorFor } from "@/lib/i18n/translator";

/** A notification's text in one language: one line (the inbox entry and the email subject) and the whole of it. */
export type NotificationWording = (t: TranslatorFor<"mail">) => { title: string; body: string };

export interface NewNotification {
  userId: string;
  workspaceId: string | null;
  kind: NotificationKind;
  /** worded in the recipient's language; the body in full: a reviewer's reason is never shortened */
  wording: NotificationWording;
  /** a path inside the app */
  link: string | null;
}

/**
 * Mails notify() queued in a transaction, by transaction client: a correction
 * is recorded two calls deep inside a verdict change (applyVerdictEvent →
 * requireCorrectionNote), and carrying mail ids up
 * through every return type of those shared steps would tie the verdict rules
 * to email. notifyingTransaction reads them back once the transaction committed.
 */
const queuedInTransaction = new WeakMap<Tx, string[]>();

/**
 * Puts a notification in the person's inbox, in their language, and, if their
 * preferences say so, queues an email — in the caller's transaction, so a notification exists
 * exactly when the change it reports was committed. Returns the ids of queued
 * mails for the caller to deliver after the commit (lib/mail/deliver-mail.ts),
 * unless the transaction runs through notifyingTransaction, which delivers them.
 * Nobody is notified of their own action.
 */
export async function notify(
  tx: Tx,
  actorUserId: string | null,
  notifications: readonly NewNotification[],
): Promise<string[]> {
  const mailIds: string[] = [];
  for (const n of notifications) {
    if (n.userId === actorUserId) continue;
    const user = await tx.user.findUniqueOrThrow({ where: { id: n.userId }, select: { email: true, locale: true } });
    const t = translatorFor(recipientLocale(user.locale), "mail");
    const { title, body } = n.wording(t);
    await tx.notification.create({
      data: { userId: n.userId, workspaceId: n.workspaceId, kind: n.kind, title, body, link: n.link },
    });
    const preference = await tx.notificationPreference.findUnique({
      where: { userId_kind: { userId: n.userId, kind: n.kind } },
      select: { email: true },
    });
    if (!(preference?.email ?? emailByDefault(n.kind))) continue;
    const text = [
      body,
      "",
      ...(n.link ? [t("notification.open", { link: absoluteAppUrl(n.link) }), ""] : []),
      t("notification.preferences", { link: absoluteAppUrl("/account/notifications") }),
    ].join("\n");
    mailIds.push(
      await queueMail(tx, { to: user.email, subject: title, text, kind: "notification", workspaceId: n.workspaceId }),
    );
  }
  const queued = queuedInTransaction.get(tx) ?? [];
  queuedInTransaction.set(tx, [...queued, ...mailIds]);
  return mailIds;
}

/**
 * db.$transaction for a use case whose change may notify people, also from
 * inside shared steps it calls: after the commit, the mails notify() queued in
 * it are delivered (deliverMail never throws; a failed send stays on its row).
 * A rolled-back transaction delivers nothing — its mails were never committed.
 */
export async function notifyingTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  let transaction: Tx | null = null;
  const result = await db.$transaction(async (tx) => {
    transaction = tx;
    return work(tx);
  });
  const mailIds = transaction ? (queuedInTransaction.get(transaction) ?? []) : [];
  if (transaction) queuedInTransaction.delete(transaction);
  await deliverMail(mailIds);
  return result;
}
