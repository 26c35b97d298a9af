import { describe, expect, it } from "vitest";
import { z } from "zod";
import { serverTextKey, translateServerText, translateZodIssue } from "./server-text";

describe("translateServerText", () => {
  it("gives English back untouched, known or not", () => {
    expect(translateServerText("Claim not found.", "en")).toBe("Claim not found.");
    expect(translateServerText("Whatever lib says.", "en")).toBe("Whatever lib says.");
  });

  it("translates an exact text", () => {
    expect(translateServerText("Please correct the highlighted fields.", "uk")).toBe("Виправте позначені поля.");
    // an apostrophe in the text is plain text, not ICU quoting
    expect(translateServerText("Choose a rating from the workspace's scale.", "uk")).toBe(
      "Виберіть оцінку зі шкали робочого простору.",
    );
  });

  it("fills a template, translating the parts the catalogue knows", () => {
    expect(translateServerText("Claim not found.", "uk")).toBe("Твердження не знайдено.");
    expect(translateServerText("A draft verdict cannot be approved.", "uk")).toBe(
      "Чернетку вердикту не можна схвалити.",
    );
    expect(translateServerText("Something went wrong (error id 42-ab). Nothing was changed.", "uk")).toBe(
      "Щось пішло не так (ідентифікатор помилки 42-ab). Нічого не змінено.",
    );
    // a part the catalogue does not know (an address) stays as it is
    expect(translateServerText("Not a valid address: htp://x", "uk")).toBe("Неправильна адреса: htp://x");
  });

  it("prefers the template with the most fixed text", () => {
    expect(translateServerText("Could not reach example.org: the name has no addresses.", "uk")).toBe(
      "Не вдалося з’єднатися з example.org: для цього імені немає адрес.",
    );
    expect(translateServerText("Could not reach example.org: the connection timed out.", "uk")).toBe(
      "Не вдалося з’єднатися з example.org: час очікування з’єднання минув.",
    );
  });

  it("leaves a text it does not know in English", () => {
    expect(translateServerText("A brand-new refusal.", "uk")).toBe("A brand-new refusal.");
    expect(serverTextKey("A brand-new refusal.")).toBeUndefined();
    expect(serverTextKey("Verdict not found.")).toBe("whatNotFound");
  });
});

describe("translateZodIssue", () => {
  const issues = z
    .object({ name: z.string().min(1, "Enter your name."), count: z.number(), code: z.string().max(2) })
    .safeParse({ name: "", count: "3", code: "abc" }).error!.issues;
  const byPath = (field: string) => issues.find((issue) => issue.path[0] === field)!;

  it("translates a schema's own message through the catalogue", () => {
    expect(translateZodIssue(byPath("name"), "uk")).toBe("Введіть своє ім’я.");
  });

  it("translates zod's built-in English: the common ones through the catalogue, the rest through zod's locale, the received type included", () => {
    expect(translateZodIssue(byPath("count"), "uk")).toBe("Неправильні вхідні дані: очікується число, отримано string");
    expect(translateZodIssue(byPath("code"), "uk")).toBe("Задовго: дозволено щонайбільше 2 симв.");
  });

  it("leaves English as zod wrote it", () => {
    expect(translateZodIssue(byPath("count"), "en")).toBe(byPath("count").message);
  });
});
