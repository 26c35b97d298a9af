import { describe, expect, it } from "vitest";
import { recipientLocale, translatorFor } from "./translator";
import { mailTime } from "@/lib/mail/mail-time";

describe("translatorFor", () => {
  it("words a message in the language asked for", () => {
    expect(translatorFor("en", "mail")("accountSetup.choose", { link: "https://x.test/a" })).toBe(
      "Choose your password: https://x.test/a",
    );
    expect(translatorFor("uk", "mail")("accountSetup.choose", { link: "https://x.test/a" })).toBe(
      "Оберіть пароль: https://x.test/a",
    );
  });

  it("reads any namespace, nested keys included", () => {
    expect(translatorFor("uk", "labels")("role.REVIEWER")).toBe("Рецензент");
    expect(translatorFor("en", "mail")("invitation.roleInSentence.ADMIN")).toBe("an admin");
  });

  it("takes select arguments", () => {
    const t = translatorFor("en", "mail");
    const body = (duty: string) =>
      t("notification.claimAssigned.body", { actor: "Ann", duty, claim: "C", workspace: "W" });
    expect([body("check"), body("both")]).toEqual([
      "Ann assigned you to check the claim “C” in W.",
      "Ann assigned you to check and review the claim “C” in W.",
    ]);
  });

  it("leaves values as they are: a name with braces or quotes is not a message", () => {
    expect(translatorFor("en", "mail")("invitation.accept", { link: "{x} 'y' <b>" })).toBe(
      "Accept the invitation: {x} 'y' <b>",
    );
  });

  it("throws rather than send a message it cannot format", () => {
    // @ts-expect-error -- a key the catalogue does not have
    expect(() => translatorFor("en", "mail")("nope")).toThrow();
  });
});

describe("recipientLocale", () => {
  it("is the person's choice, else English", () => {
    expect([
      recipientLocale("uk"),
      recipientLocale("en"),
      recipientLocale(null),
      recipientLocale(undefined),
      recipientLocale("de"),
    ]).toEqual(["uk", "en", "en", "en", "en"]);
  });
});

describe("mailTime", () => {
  const moment = new Date("2026-12-07T09:05:00Z");
  it("keeps English as it was and names UTC in Ukrainian", () => {
    expect(mailTime("en", moment)).toBe("Mon, 07 Dec 2026 09:05:00 GMT");
    expect(mailTime("uk", moment)).toMatch(/^7 грудня 2026 р\..* 09:05 \(UTC\)$/);
  });
});
