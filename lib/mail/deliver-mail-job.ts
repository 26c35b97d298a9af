import { db } from "@/lib/db/client";
import { MAIL_MAX_ATTEMPTS } from "@/lib/jobs/queues";
import { mailSettings } from "@/lib/mail/mail-settings";
import { sendStoredMessage, STORED_MESSAGE_SELECT } from "@/lib/mail/send-message";

/**
 * The `mail.deliver` job: one SMTP try of one stored mail. A failure throws,
 * so pg-boss retries with backoff (lib/jobs/queues.ts); the row keeps the
 * count and the reason for the admin's delivery status. A mail already sent,
 * given up, or gone is done; without SMTP_URL it stays unsent (the outbox).
 */
export async function deliverMailJob(messageId: string): Promise<void> {
  const settings = mailSettings();
  if (!settings.smtpUrl) return;
  const message = await db.emailMessage.findFirst({
    where: { id: messageId, sentAt: null, attempts: { lt: MAIL_MAX_ATTEMPTS } },
    select: STORED_MESSAGE_SELECT,
  });
  if (!message) return;
  await sendStoredMessage({ smtpUrl: settings.smtpUrl, from: settings.from }, message);
}
