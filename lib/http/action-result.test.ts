import { describe, expect, it } from "vitest";
import { failure, runAction, runFormAction } from "@/lib/http/action-result";
import { translateDatabaseError } from "@/lib/db/errors";
import { InvalidInputError } from "@/lib/errors";

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
    Object.defineProperty(form, "entries", { value: () => [["title", "ok"], ["statement", "a\ud800"]][Symbol.iterator]() });
    expect(await runFormAction(form, async () => "ran")).toMatchObject({ ok: false, status: 400, fieldErrors: { statement: [expect.stringMatching(/surrogate/)] } });
  });

  it("a TypeError from a bad shape is 400", async () => {
    const result = await runAction(async () => (null as unknown as { entries(): void }).entries());
    expect(result).toMatchObject({ ok: false, status: 400 });
  });

  it("Prisma's validation error (a wrong type reached a query) and jsonb's refusal of a lone surrogate are 400", () => {
    const validation = Object.assign(new Error("Invalid `prisma.membership.findFirst()` invocation: Argument `slug`: Invalid value provided."), { name: "PrismaClientValidationError" });
    expect(translateDatabaseError(validation)).toBeInstanceOf(InvalidInputError);
    expect(failure(validation)).toMatchObject({ ok: false, status: 400 });
    const json = Object.assign(new Error("Invalid input value: invalid input syntax for type json"), { code: "P2007", meta: { driverAdapterError: { message: "invalid input syntax for type json" } } });
    expect(failure(json)).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/surrogate/) });
    // anything else stays an unexpected error
    expect(failure(new Error("boom"))).toMatchObject({ ok: false, status: 500 });
  });
});
