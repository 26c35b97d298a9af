import { db } from "@/lib/db/client";
import { jobRunnerStarted } from "@/lib/jobs/job-runner-state";
import { componentLogger } from "@/lib/ops/logger";
import { enqueueMailDelivery } from "@/lib/mail/enqueue-mail-delivery";
import { mailSettings } from "@/lib/mail/mail-settings";
import { sendStoredMessage, STORED_MESSAGE_SELECT } from "@/lib/mail/send-message";

const log = componentLogger("mail");
let warnedNoSmtp = false;

export interface DeliveryOutcome {
  sent: number;
  failed: number;
  /** handed to the job queue (this process runs jobs): sent, and retried, by the `mail.deliver` job */
  queued: number;
}

/**
 * Hands mails queued by queueMail to delivery, after the transaction that
 * wrote them committed. In a process that runs jobs (the app server), each
 * becomes a `mail.deliver` job, retried with backoff when SMTP fails. Without
 * a job runner (the admin CLI, tests, JOBS_DISABLED) it sends once inline; a
 * mail that fails is retried by the minute's sweep of an instance that runs
 * jobs. Never throws and never undoes the change that caused the mail: every
 * failure is kept on the row (attempts, lastError) for the admin to see.
 * Without SMTP_URL nothing is sent; the demo shows the mails on its outbox page.
 */
export async function deliverMail(ids: readonly string[]): Promise<DeliveryOutcome> {
  const outcome: DeliveryOutcome = { sent: 0, failed: 0, queued: 0 };
  if (ids.length === 0) return outcome;
  const { smtpUrl, from } = mailSettings();
  if (!smtpUrl) {
    if (!warnedNoSmtp && process.env.FACTDESK_DEMO !== "1")
      log.warn("SMTP_URL is not set: emails are kept in the database unsent");
    warnedNoSmtp = true;
    return outcome;
  }
  if (jobRunnerStarted()) {
    try {
      const messages = await db.emailMessage.findMany({
        where: { id: { in: [...ids] }, sentAt: null },
        select: { id: true, workspaceId: true, attempts: true },
      });
      outcome.queued = await enqueueMailDelivery(messages);
    } catch (error) {
      // the sweep enqueues them within a minute or two
      log.error(
        { reason: error instanceof Error ? error.message : String(error), ids },
        "could not enqueue mail delivery",
      );
    }
    return outcome;
  }
  const messages = await db.emailMessage.findMany({
    where: { id: { in: [...ids] }, sentAt: null },
    select: STORED_MESSAGE_SELECT,
  });
  for (const message of messages) {
    try {
      await sendStoredMessage({ smtpUrl, from }, message);
      outcome.sent += 1;
    } catch (error) {
      log.error(
        { messageId: message.id, reason: error instanceof Error ? error.message : String(error) },
        "could not send email",
      );
      outcome.failed += 1;
    }
  }
  return outcome;
}
