/** The "Expires" choice of a new API token, turned into the moment it stops working. */
import { describe, expect, it } from "vitest";
import { CreateApiTokenInputSchema } from "@/lib/api-tokens/schemas";

const DAY_MS = 24 * 60 * 60 * 1000;
const today = () => new Date().toISOString().slice(0, 10);

describe("the Expires choice", () => {
  it.each([
    ["30", 30],
    ["90", 90],
    ["365", 365],
  ])("%s days from now", (expires, days) => {
    const { expiresAt } = CreateApiTokenInputSchema.parse({ name: "CMS sync", role: "VIEWER", expires });
    expect(Math.abs(expiresAt!.getTime() - (Date.now() + days * DAY_MS))).toBeLessThan(5_000);
  });

  it("never, also when the form sends no choice", () => {
    expect(CreateApiTokenInputSchema.parse({ name: "t", role: "VIEWER", expires: "never" }).expiresAt).toBeNull();
    expect(CreateApiTokenInputSchema.parse({ name: "t", role: "VIEWER" }).expiresAt).toBeNull();
  });

  it("a date: the token works through the end of that day (UTC)", () => {
    expect(
      CreateApiTokenInputSchema.parse({ name: "t", role: "VIEWER", expires: "date", expiresOn: "2030-02-28" })
        .expiresAt,
    ).toEqual(new Date("2030-03-01T00:00:00Z"));
  });

  it.each([
    ["missing", undefined],
    ["not a date", "next week"],
    ["impossible", "2030-02-30"],
    ["in the past", "2020-01-01"],
    ["decades away", "2205-01-01"],
  ])("a date that is %s: refused on expiresOn", (_case, expiresOn) => {
    const parsed = CreateApiTokenInputSchema.safeParse({
      name: "t",
      role: "VIEWER",
      expires: "date",
      ...(expiresOn ? { expiresOn } : {}),
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toEqual(["expiresOn"]);
  });

  it("today is allowed; an unknown choice is refused", () => {
    expect(
      CreateApiTokenInputSchema.safeParse({ name: "t", role: "VIEWER", expires: "date", expiresOn: today() }).success,
    ).toBe(true);
    expect(CreateApiTokenInputSchema.safeParse({ name: "t", role: "VIEWER", expires: "7" }).success).toBe(false);
  });
});
