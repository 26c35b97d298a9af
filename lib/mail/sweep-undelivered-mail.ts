import { db } from "@/lib/db/client";
import { MAIL_MAX_ATTEMPTS } from "@/lib/jobs/queues";
import { mailSettings } from "@/lib/mail/mail-settings";
import { enqueueMailDelivery } from "@/lib/mail/enqueue-mail-delivery";

/** A mail is swept once it has waited this long unsent: enqueuing right after the commit normally took it well before. */
export const SWEEP_AFTER_MS = 60_000;
/** Older unsent mail is left alone: its links have long expired or been replaced. */
const SWEEP_WITHIN_MS = 2 * 24 * 60 * 60 * 1000;
const SWEEP_BATCH = 200;

/**
 * The `mail.sweep` job (every minute): enqueues delivery of mail still unsent
 * a minute after it was written — a crash between commit and enqueue, or a
 * process without a job runner whose inline send failed — so no mail is lost.
 * A mail with a delivery job still waiting or running is not enqueued again.
 */
export async function sweepUndeliveredMail(now = new Date()): Promise<number> {
  if (!mailSettings().smtpUrl) return 0;
  const stale = await db.emailMessage.findMany({
    where: {
      sentAt: null,
      attempts: { lt: MAIL_MAX_ATTEMPTS },
      createdAt: { lt: new Date(now.getTime() - SWEEP_AFTER_MS), gt: new Date(now.getTime() - SWEEP_WITHIN_MS) },
    },
    orderBy: { createdAt: "asc" },
    take: SWEEP_BATCH,
    select: { id: true, workspaceId: true, attempts: true },
  });
  return enqueueMailDelivery(stale, { skipPending: true });
}
