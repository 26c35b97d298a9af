import { createTransport, type Transporter } from "nodemailer";
import { db } from "@/lib/db/client";
import { mailSettings } from "@/lib/mail/mail-settings";

const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = createTransport(smtpUrl);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

let warnedNoSmtp = false;

export interface DeliveryOutcome {
  sent: number;
  failed: number;
}

/**
 * Sends queued emails (after the transaction that wrote them committed). A
 * failure is kept on the row (attempts, lastError) for the admin to see and
 * resend, and never undoes the change that caused the mail. Delivered bodies
 * are cleared: the links they carried must not stay readable in the database.
 * Without SMTP_URL nothing is sent; the demo shows the mails on its outbox page.
 */
export async function deliverMail(ids: readonly string[]): Promise<DeliveryOutcome> {
  const outcome: DeliveryOutcome = { sent: 0, failed: 0 };
  if (ids.length === 0) return outcome;
  const { smtpUrl, from } = mailSettings();
  if (!smtpUrl) {
    if (!warnedNoSmtp && process.env.FACTDESK_DEMO !== "1") console.warn("[factdesk] SMTP_URL is not set: emails are kept in the database unsent");
    warnedNoSmtp = true;
    return outcome;
  }
  const messages = await db.emailMessage.findMany({ where: { id: { in: [...ids] }, sentAt: null }, select: { id: true, to: true, subject: true, text: true } });
  for (const message of messages) {
    try {
      await transportFor(smtpUrl).sendMail({ from, to: message.to, subject: message.subject, text: message.text });
      await db.emailMessage.update({ where: { id: message.id }, data: { sentAt: new Date(), attempts: { increment: 1 }, lastError: null, text: "", html: null } });
      outcome.sent += 1;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`[factdesk] could not send email ${message.id}: ${reason}`);
      await db.emailMessage.update({ where: { id: message.id }, data: { attempts: { increment: 1 }, lastError: reason.slice(0, 500) } }).catch(() => undefined);
      outcome.failed += 1;
    }
  }
  return outcome;
}
