import { createTransport, type Transporter } from "nodemailer";
import { db } from "@/lib/db/client";
import { MAIL_MAX_ATTEMPTS } from "@/lib/jobs/queues";

const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = createTransport(smtpUrl);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

export interface StoredMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  attempts: number;
}

export const STORED_MESSAGE_SELECT = { id: true, to: true, subject: true, text: true, attempts: true } as const;

/**
 * One SMTP try of a stored mail, recorded on its row: sent (the body is
 * cleared: the links it carried must not stay readable in the database), or
 * the reason it failed, marked as given up on the last allowed try. Throws
 * the SMTP error after recording it.
 */
export async function sendStoredMessage(
  smtp: { smtpUrl: string; from: string },
  message: StoredMessage,
): Promise<void> {
  try {
    await transportFor(smtp.smtpUrl).sendMail({
      from: smtp.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const attempts = message.attempts + 1;
    const lastError = attempts >= MAIL_MAX_ATTEMPTS ? `Gave up after ${attempts} tries: ${reason}` : reason;
    await db.emailMessage
      .update({ where: { id: message.id }, data: { attempts: { increment: 1 }, lastError: lastError.slice(0, 500) } })
      .catch(() => undefined);
    throw error;
  }
  await db.emailMessage.update({
    where: { id: message.id },
    data: { sentAt: new Date(), attempts: { increment: 1 }, lastError: null, text: "", html: null },
  });
}
