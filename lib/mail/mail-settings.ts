import { z } from "zod";

const MailEnvSchema = z.object({
  /** smtp://user:pass@host:587 or smtps://…; unset: nothing is sent (the demo shows mail on its outbox page) */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default("Factdesk <factdesk@localhost>"),
});

export interface MailSettings {
  smtpUrl: string | null;
  from: string;
}

/**
 * Read on every delivery, not cached with the rest of lib/env.ts: tests start
 * their SMTP server after the app's environment was first read.
 */
export function mailSettings(source: Record<string, string | undefined> = process.env): MailSettings {
  const parsed = MailEnvSchema.parse({
    SMTP_URL: source.SMTP_URL || undefined,
    MAIL_FROM: source.MAIL_FROM || undefined,
  });
  return { smtpUrl: parsed.SMTP_URL ?? null, from: parsed.MAIL_FROM };
}
