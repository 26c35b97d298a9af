/**
 * For the integration tests of a person's own settings (interface language,
 * time zone; not used by the app): the value saved, its audit rows, a session
 * that carries it, and the account form's path to the use case.
 */
import { db } from "@/lib/db/client";
import { runFormAction } from "@/lib/http/action-result";
import { startSession } from "@/lib/auth/sessions/start-session";

type User = { id: string };

export function personalSetting<T>(
  setting: "locale" | "timeZone",
  auditAction: string,
  /** the schema's parse and the use case, as app/account/actions.ts calls them */
  update: (user: User, fields: Record<string, string>) => Promise<T>,
) {
  return {
    /** the setting's audit rows, oldest first */
    audits: (userId: string) =>
      db.auditEvent.findMany({
        where: { entityId: userId, action: auditAction },
        orderBy: { chainSeq: "asc" },
        select: { actorId: true, workspaceId: true, before: true, after: true },
      }),
    saved: async (userId: string) =>
      (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true, timeZone: true } }))[setting],
    /** a password sign-in's session, which carries the setting */
    signedIn: (user: User) =>
      startSession({ userId: user.id, method: "password", userAgent: "vitest", ipAddress: "203.0.113.9" }),
    /** The server action's path: the form's field through the schema to the use case. */
    submit: (user: User, value: string) => {
      const form = new FormData();
      form.set(setting, value);
      return runFormAction(form, (fields) => update(user, fields));
    },
  };
}
