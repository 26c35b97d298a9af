import type { Tx } from "@/lib/db/client";

export type MailKind = "invitation" | "password_reset" | "account_setup" | "notification" | "security";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  kind: MailKind;
  workspaceId?: string | null;
}

/**
 * Writes an email in the caller's transaction, so it exists exactly when the
 * change that caused it was committed. Deliver it after the commit with
 * deliverMail (lib/mail/deliver-mail.ts).
 */
export async function queueMail(tx: Tx, mail: OutgoingMail): Promise<string> {
  const row = await tx.emailMessage.create({
    data: {
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      kind: mail.kind,
      workspaceId: mail.workspaceId ?? null,
    },
    select: { id: true },
  });
  return row.id;
}
