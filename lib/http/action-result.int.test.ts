import { describe, expect, it, vi } from "vitest";
import { idempotentAction, runAction, runFormAction } from "@/app/_lib/run-action";
import { NotFoundError } from "@/lib/errors";
import { updateLocale, UpdateLocaleInputSchema } from "@/lib/users/update-locale";
import { createUser } from "@/prisma/factories";

// the request's language, as next-intl reports it inside a server action
const viewer = vi.hoisted(() => ({ locale: "uk" }));
vi.mock("next-intl/server", () => ({ getLocale: async () => viewer.locale }));

/** The server action's path, as app/account/actions.ts takes it. */
function submitLocale(user: { id: string }, locale: string) {
  const form = new FormData();
  form.set("locale", locale);
  return runFormAction(form, async (fields) => updateLocale(user, UpdateLocaleInputSchema.parse(fields)));
}

describe("a server action's failure in the viewer's language", () => {
  it("comes back in Ukrainian for a Ukrainian viewer, the entered values with it", async () => {
    viewer.locale = "uk";
    const user = await createUser();
    expect(await submitLocale(user, "de")).toEqual({
      ok: false,
      status: 400,
      error: "Виправте позначені поля.",
      fieldErrors: { locale: ["Виберіть мову зі списку."] },
      values: { locale: "de" },
    });
    expect(await submitLocale(user, "uk")).toMatchObject({ ok: true, data: { locale: "uk" } });
  });

  it("stays English for an English viewer", async () => {
    viewer.locale = "en";
    const user = await createUser();
    expect(await submitLocale(user, "de")).toMatchObject({
      ok: false,
      status: 400,
      error: "Please correct the highlighted fields.",
      fieldErrors: { locale: ["Choose a language from the list."] },
    });
  });

  it("covers domain errors and idempotentAction's own refusal", async () => {
    viewer.locale = "uk";
    expect(await runAction(async () => Promise.reject(new NotFoundError("Workspace")))).toMatchObject({
      ok: false,
      status: 404,
      error: "Робочий простір не знайдено.",
    });
    const refused = await idempotentAction("test", [{ idempotencyKey: "" }], async () => ({ ok: true, data: 1 }));
    expect(refused).toMatchObject({ ok: false, status: 400 });
    expect(refused.ok || refused.error).toBe("Ключ ідемпотентності — це від 1 до 255 друкованих символів ASCII.");
  });
});
