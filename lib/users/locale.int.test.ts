import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/errors";
import { findActiveSession } from "@/lib/auth/sessions/find-active-session";
import { updateLocale, UpdateLocaleInputSchema } from "@/lib/users/update-locale";
import { createUser } from "@/prisma/factories";
import { personalSetting } from "@/test/support/personal-setting";

const {
  audits: auditOf,
  saved: savedLocale,
  signedIn,
  submit,
} = personalSetting("locale", "user.locale_changed", (user, fields) =>
  updateLocale(user, UpdateLocaleInputSchema.parse(fields)),
);

describe("a person's interface language", () => {
  it("is saved, audited outside any workspace with before and after, and comes with the session", async () => {
    const user = await createUser();
    const sessionId = await signedIn(user);
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
