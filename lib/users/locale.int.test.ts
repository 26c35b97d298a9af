import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { runFormAction } from "@/lib/http/action-result";
import { startSession } from "@/lib/auth/sessions/start-session";
import { findActiveSession } from "@/lib/auth/sessions/find-active-session";
import { updateLocale, UpdateLocaleInputSchema } from "@/lib/users/update-locale";
import { createUser } from "@/prisma/factories";

const auditOf = (userId: string) =>
  db.auditEvent.findMany({
    where: { entityId: userId, action: "user.locale_changed" },
    orderBy: { chainSeq: "asc" },
    select: { actorId: true, workspaceId: true, before: true, after: true },
  });
const savedLocale = async (userId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } })).locale;

/** The server action's path, as app/account/actions.ts takes it. */
function submit(user: { id: string }, locale: string) {
  const form = new FormData();
  form.set("locale", locale);
  return runFormAction(form, async (fields) => updateLocale(user, UpdateLocaleInputSchema.parse(fields)));
}

describe("a person's interface language", () => {
  it("is saved, audited outside any workspace with before and after, and comes with the session", async () => {
    const user = await createUser();
    const sessionId = await startSession({
      userId: user.id,
      method: "password",
      userAgent: "vitest",
      ipAddress: "203.0.113.9",
    });
    expect(await findActiveSession(sessionId)).toMatchObject({ locale: null });

    expect(await submit(user, "uk")).toMatchObject({ ok: true, data: { locale: "uk" } });
    expect(await findActiveSession(sessionId)).toMatchObject({ locale: "uk" });
    // the same choice again writes nothing; "" goes back to the browser's language
    expect(await submit(user, "uk")).toMatchObject({ ok: true });
    expect(await submit(user, "")).toMatchObject({ ok: true, data: { locale: null } });
    expect(await savedLocale(user.id)).toBeNull();
    expect(await auditOf(user.id)).toEqual([
      { actorId: user.id, workspaceId: null, before: { locale: null }, after: { locale: "uk" } },
      { actorId: user.id, workspaceId: null, before: { locale: "uk" }, after: { locale: null } },
    ]);
  });

  it("a language outside the catalogue is a 400 naming the field; nothing is saved or audited", async () => {
    const user = await createUser();
    for (const bad of ["de", "UK", "uk; path=/", "x".repeat(5000)]) {
      expect(await submit(user, bad)).toMatchObject({
        ok: false,
        status: 400,
        fieldErrors: { locale: ["Choose a language from the list."] },
      });
    }
    await expect(updateLocale(user, { locale: "fr" as never })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await savedLocale(user.id)).toBeNull();
    expect(await auditOf(user.id)).toEqual([]);
  });
});
