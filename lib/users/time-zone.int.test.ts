import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/errors";
import { findActiveSession } from "@/lib/auth/sessions/find-active-session";
import { updateTimeZone, UpdateTimeZoneInputSchema } from "@/lib/users/update-time-zone";
import { createUser } from "@/prisma/factories";
import { personalSetting } from "@/test/support/personal-setting";

const {
  audits: auditOf,
  saved: savedZone,
  signedIn,
  submit,
} = personalSetting("timeZone", "user.time_zone_changed", (user, fields) =>
  updateTimeZone(user, UpdateTimeZoneInputSchema.parse(fields)),
);

describe("a person's time zone", () => {
  it("is saved, audited outside any workspace with before and after, and comes with the session", async () => {
    const user = await createUser();
    const sessionId = await signedIn(user);
    expect(await findActiveSession(sessionId)).toMatchObject({ timeZone: null });

    expect(await submit(user, "Europe/Kyiv")).toMatchObject({ ok: true, data: { timeZone: "Europe/Kyiv" } });
    expect(await savedZone(user.id)).toBe("Europe/Kyiv");
    expect(await findActiveSession(sessionId)).toMatchObject({ timeZone: "Europe/Kyiv" });

    expect(await submit(user, "Asia/Kolkata")).toMatchObject({ ok: true });
    expect(await auditOf(user.id)).toEqual([
      { actorId: user.id, workspaceId: null, before: { timeZone: null }, after: { timeZone: "Europe/Kyiv" } },
      { actorId: user.id, workspaceId: null, before: { timeZone: "Europe/Kyiv" }, after: { timeZone: "Asia/Kolkata" } },
    ]);
  });

  it("an unknown zone is a 400 naming the field; nothing is saved or audited", async () => {
    const user = await createUser();
    await updateTimeZone(user, { timeZone: "America/New_York" });

    for (const bad of ["Mars/Olympus_Mons", "+02:00", "Europe/Kyiv; path=/"]) {
      const result = await submit(user, bad);
      expect(result).toMatchObject({
        ok: false,
        status: 400,
        fieldErrors: { timeZone: ["Choose a time zone from the list."] },
      });
    }
    // code that skips the schema is refused too
    await expect(updateTimeZone(user, { timeZone: "Mars/Olympus_Mons" })).rejects.toBeInstanceOf(InvalidInputError);

    expect(await savedZone(user.id)).toBe("America/New_York");
    expect(await auditOf(user.id)).toHaveLength(1);
  });

  it("an empty choice goes back to the browser's zone (null); the same zone again writes nothing", async () => {
    const user = await createUser();
    await updateTimeZone(user, { timeZone: "Europe/Kyiv" });
    expect(await submit(user, "Europe/Kyiv")).toMatchObject({ ok: true, data: { timeZone: "Europe/Kyiv" } });
    expect(await auditOf(user.id)).toHaveLength(1);

    expect(await submit(user, "")).toMatchObject({ ok: true, data: { timeZone: null } });
    expect(await savedZone(user.id)).toBeNull();
    expect((await auditOf(user.id)).at(-1)).toMatchObject({
      before: { timeZone: "Europe/Kyiv" },
      after: { timeZone: null },
    });
  });
});
