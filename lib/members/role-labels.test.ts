import { describe, expect, it } from "vitest";
import { roleWithArticle } from "@/lib/members/role-labels";

describe("roleWithArticle", () => {
  it("says 'an' before a vowel and 'a' before a consonant", () => {
    expect(["ADMIN", "EDITOR", "REVIEWER", "VIEWER"].map((r) => roleWithArticle(r as "ADMIN"))).toEqual(["an admin", "an editor", "a reviewer", "a viewer"]);
  });
});
