import { describe, expect, it } from "vitest";
import { ImportUrlInputSchema, PasteArticleInputSchema } from "./schemas";

describe("import form schemas", () => {
  it("accepts pasted text and refuses blank or oversize text", () => {
    expect(PasteArticleInputSchema.parse({ text: " Body " })).toEqual({ text: " Body " });
    expect(PasteArticleInputSchema.safeParse({ text: " \n " }).error?.issues[0]?.message).toBe(
      "Paste the article text.",
    );
    expect(PasteArticleInputSchema.safeParse({ text: "é".repeat(3 * 1024 * 1024) }).error?.issues[0]?.message).toBe(
      "The article is larger than 5 MB.",
    );
  });

  it("accepts http(s) addresses, trimmed, and refuses the rest", () => {
    expect(ImportUrlInputSchema.parse({ url: " https://example.com/story " })).toEqual({
      url: "https://example.com/story",
    });
    for (const url of [
      "ftp://example.com/x",
      "javascript:alert(1)",
      "example.com",
      "",
      `https://example.com/${"a".repeat(2100)}`,
    ]) {
      expect(ImportUrlInputSchema.safeParse({ url }).success, url.slice(0, 30)).toBe(false);
    }
  });
});
