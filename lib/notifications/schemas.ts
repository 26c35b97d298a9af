import { z } from "zod";
import { NOTIFICATION_KINDS } from "@/lib/notifications/preferences";
import type { NotificationKind } from "@/lib/generated/prisma/client";

export const MarkNotificationReadInputSchema = z.object({ notificationId: z.string().min(1).max(64) });
export type MarkNotificationReadInput = z.infer<typeof MarkNotificationReadInputSchema>;

export const MarkAllNotificationsReadInputSchema = z.object({
  /** the inbox as the person saw it: what arrived after that stays unread */
  seenAt: z.iso
    .datetime()
    .optional()
    .transform((iso) => (iso ? new Date(iso) : new Date())),
});
export type MarkAllNotificationsReadInput = z.output<typeof MarkAllNotificationsReadInputSchema>;

/** The form field of a kind's "Also email me" checkbox. */
export const emailFieldOf = (kind: NotificationKind) => `email-${kind}`;

/**
 * Every kind, each with whether to email it. From the preferences form: a
 * checked box sends "on", an unchecked one sends nothing (so: no email).
 */
export const UpdateNotificationPreferencesInputSchema = z
  .record(z.string(), z.string().max(10_000))
  .transform(
    (fields) =>
      Object.fromEntries(NOTIFICATION_KINDS.map(({ kind }) => [kind, fields[emailFieldOf(kind)] === "on"])) as Record<
        NotificationKind,
        boolean
      >,
  );
export type UpdateNotificationPreferencesInput = z.output<typeof UpdateNotificationPreferencesInputSchema>;
