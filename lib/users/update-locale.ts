import { z } from "zod";
import { db } from "@/lib/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { SessionUser } from "@/lib/auth/session";

const INVALID_LOCALE = "Choose a language from the list.";

/** An interface language ("en", "uk"), or "" for "not chosen: follow my browser". */
export const UpdateLocaleInputSchema = z.object({
  locale: z
    .string()
    .trim()
    .refine((value) => value === "" || isLocale(value), INVALID_LOCALE)
    .transform((value) => (value || null) as Locale | null),
});
export type UpdateLocaleInput = z.output<typeof UpdateLocaleInputSchema>;

/**
 * A person sets the language of the interface (null: their browser's). Their
 * own account only: the user comes from the session, never from input.
 * Audited outside any workspace, with the language before and after; choosing
 * the same one again writes nothing.
 */
export async function updateLocale(
  user: Pick<SessionUser, "id">,
  input: UpdateLocaleInput,
): Promise<{ locale: Locale | null }> {
  // checked again here: code may call this without the schema
  if (input.locale !== null && !isLocale(input.locale))
    throw new InvalidInputError("Please correct the highlighted fields.", { locale: [INVALID_LOCALE] });
  const userId = user.id;
  return db.$transaction(async (tx) => {
    const row = await tx.user.findUnique({ where: { id: userId }, select: { locale: true } });
    if (!row) throw new NotFoundError("Account");
    if (row.locale === input.locale) return { locale: input.locale };
    await tx.user.update({ where: { id: userId }, data: { locale: input.locale } });
    await recordAuditEvent(
      tx,
      { userId, workspaceId: null },
      {
        action: "user.locale_changed",
        entityType: "User",
        entityId: userId,
        before: { locale: row.locale },
        after: { locale: input.locale },
      },
    );
    return { locale: input.locale };
  });
}
