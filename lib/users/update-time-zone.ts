import { z } from "zod";
import { db } from "@/lib/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isTimeZone } from "@/lib/time/time-zone";
import type { SessionUser } from "@/lib/auth/session";

const INVALID_ZONE = "Choose a time zone from the list.";

/** An IANA zone name, or "" for "not chosen: follow my browser". */
export const UpdateTimeZoneInputSchema = z.object({
  timeZone: z
    .string()
    .trim()
    .max(64, INVALID_ZONE)
    .refine((name) => name === "" || isTimeZone(name), INVALID_ZONE)
    .transform((name) => name || null),
});
export type UpdateTimeZoneInput = z.output<typeof UpdateTimeZoneInputSchema>;

/**
 * A person sets the zone the app shows their times in (null: their browser's,
 * else UTC). Their own account only: the user comes from the session, never
 * from input. Audited outside any workspace, with the zone before and after;
 * choosing the same zone again writes nothing.
 */
export async function updateTimeZone(
  user: Pick<SessionUser, "id">,
  input: UpdateTimeZoneInput,
): Promise<{ timeZone: string | null }> {
  // checked again here: code may call this without the schema
  if (input.timeZone !== null && !isTimeZone(input.timeZone))
    throw new InvalidInputError("Please correct the highlighted fields.", { timeZone: [INVALID_ZONE] });
  const userId = user.id;
  return db.$transaction(async (tx) => {
    const row = await tx.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
    if (!row) throw new NotFoundError("Account");
    if (row.timeZone === input.timeZone) return { timeZone: row.timeZone };
    await tx.user.update({ where: { id: userId }, data: { timeZone: input.timeZone } });
    await recordAuditEvent(
      tx,
      { userId, workspaceId: null },
      {
        action: "user.time_zone_changed",
        entityType: "User",
        entityId: userId,
        before: { timeZone: row.timeZone },
        after: { timeZone: input.timeZone },
      },
    );
    return { timeZone: input.timeZone };
  });
}
