import { describe, expect, it } from "vitest";
import { z } from "zod";
import { failure, runAction, runFormAction, translateResult } from "@/lib/http/action-result";
import { translateDatabaseError } from "@/lib/db/errors";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";

/** Server actions get whatever the caller posted: a bad shape is the caller's 400, never our 500. */
describe("server action results for malformed arguments", () => {
  it("a form action given something other than FormData answers 400 without running", async () => {
    let ran = false;
    for (const notAForm of [null, undefined, 5, "text", { title: "x" }, [1, 2]]) {
      const result = await runFormAction(notAForm as unknown as FormData, async () => (ran = true));
      expect(result).toMatchObject({ ok: false, status: 400 });
    }
    expect(ran).toBe(false);
  });

  it("a form field with a lone surrogate answers 400 naming the field", async () => {
    const form = new FormData();
    form.append("title", "ok");
    // FormData keeps what it is given here; over HTTP a browser would have replaced the surrogate already
    Object.defineProperty(form, "entries", {
      value: () =>
        [
          ["title", "ok"],
          ["statement", "a\ud800"],
        ][Symbol.iterator](),
    });
    expect(await runFormAction(form, async () => "ran")).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { statement: [expect.stringMatching(/surrogate/)] },
    });
  });

  it("a TypeError from a bad shape is 400", async () => {
    const result = await runAction(async () => (null as unknown as { entries(): void }).entries());
    expect(result).toMatchObject({ ok: false, status: 400 });
  });

  it("Prisma's validation error (a wrong type reached a query) and jsonb's refusal of a lone surrogate are 400", () => {
    const validation = Object.assign(
      new Error("Invalid `prisma.membership.findFirst()` invocation: Argument `slug`: Invalid value provided."),
      { name: "PrismaClientValidationError" },
    );
    expect(translateDatabaseError(validation)).toBeInstanceOf(InvalidInputError);
    expect(failure(validation)).toMatchObject({ ok: false, status: 400 });
    const json = Object.assign(new Error("Invalid input value: invalid input syntax for type json"), {
      code: "P2007",
      meta: { driverAdapterError: { message: "invalid input syntax for type json" } },
    });
    expect(failure(json)).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/surrogate/) });
    // anything else stays an unexpected error
    expect(failure(new Error("boom"))).toMatchObject({ ok: false, status: 500 });
  });
});

describe("failures in the viewer's language", () => {
  it("translates the error and the field errors; English stays as lib wrote it", () => {
    const refusal = new InvalidInputError("The file is empty.", { file: ["The file is empty."] });
    expect(failure(refusal)).toMatchObject({
      error: "The file is empty.",
      fieldErrors: { file: ["The file is empty."] },
    });
    expect(failure(refusal, "uk")).toMatchObject({
      status: 400,
      error: "Файл порожній.",
      fieldErrors: { file: ["Файл порожній."] },
    });
    expect(failure(new NotFoundError("Claim"), "uk")).toMatchObject({ status: 404, error: "Твердження не знайдено." });
    expect(failure(new Error("boom"), "uk")).toMatchObject({
      status: 500,
      error: expect.stringMatching(/^Щось пішло не так \(ідентифікатор помилки [0-9a-f-]+\)/),
    });
  });

  it("translates zod's messages, the schema's own and zod's built-in ones", () => {
    const parsed = z
      .object({ name: z.string().min(1, "Enter your name."), count: z.number() })
      .safeParse({ name: "", count: "x" });
    expect(failure(parsed.error, "uk")).toMatchObject({
      error: "Виправте позначені поля.",
      fieldErrors: {
        name: ["Введіть своє ім’я."],
        count: ["Неправильні вхідні дані: очікується число, отримано string"],
      },
    });
  });

  it("asks for the locale only when something failed, and falls back to English when asking fails", async () => {
    let asked = 0;
    const locale = async () => (asked++, "uk" as const);
    expect(await runAction(async () => 1, "Done.", locale)).toEqual({ ok: true, data: 1, message: "Done." });
    expect(asked).toBe(0);
    expect(
      await runAction(
        async () => Promise.reject(new ConflictError("This conflict is already open.")),
        undefined,
        locale,
      ),
    ).toMatchObject({ error: "Цей конфлікт уже відкрито." });
    expect(asked).toBe(1);
    const broken = () => Promise.reject(new Error("no request"));
    expect(
      await runAction(
        async () => Promise.reject(new ConflictError("This conflict is already open.")),
        undefined,
        broken,
      ),
    ).toMatchObject({ error: "This conflict is already open." });
  });

  it("a form action's own refusals and its work's come back translated, with the entered values", async () => {
    expect(await runFormAction(null as unknown as FormData, async () => 1, undefined, "uk")).toMatchObject({
      error: "Надішліть поля форми як дані форми.",
    });
    const form = new FormData();
    form.set("title", "Draft");
    expect(
      await runFormAction(
        form,
        async () =>
          Promise.reject(new InvalidInputError("Give the article a title.", { title: ["Give the article a title."] })),
        undefined,
        "uk",
      ),
    ).toMatchObject({
      error: "Дайте статті заголовок.",
      fieldErrors: { title: ["Дайте статті заголовок."] },
      values: { title: "Draft" },
    });
  });

  it("translateResult translates a finished result and leaves translated or unknown texts alone", () => {
    const english = {
      ok: false as const,
      status: 409,
      error: "This conflict is already open.",
      fieldErrors: { note: ["Write a reply first.", "Something only this form says."] },
    };
    const once = translateResult(english, "uk");
    expect(once).toMatchObject({
      error: "Цей конфлікт уже відкрито.",
      fieldErrors: { note: ["Спершу напишіть відповідь.", "Something only this form says."] },
    });
    expect(translateResult(once, "uk")).toEqual(once);
    expect(translateResult(english, "en")).toBe(english);
  });
});
