import { describe, expect, it } from "vitest";
import { containing, escapeLike } from "@/lib/db/like-pattern";

describe("LIKE patterns", () => {
  it("escapes the wildcards and the escape character, and nothing else", () => {
    expect(escapeLike(String.raw`50%_off\now`)).toBe(String.raw`50\%\_off\\now`);
    expect(escapeLike("Kyiv Independent")).toBe("Kyiv Independent");
  });

  it("wraps the escaped text for a contains match", () => {
    expect(containing("a_b")).toBe(String.raw`%a\_b%`);
  });
});
