import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/errors";
import { MAX_PAGE, MAX_QUERY_LENGTH, parseSearchParams } from "@/lib/search/schemas";

/** The field messages of a refused search, or the parsed input. */
function fieldErrors(params: Record<string, string | string[] | undefined>): Record<string, string[]> {
  try {
    parseSearchParams(params);
  } catch (error) {
    if (error instanceof InvalidInputError) return error.fieldErrors;
    throw error;
  }
  return {};
}

describe("parseSearchParams", () => {
  it("reads a query alone as the overview of all types, page 1, no filters", () => {
    expect(parseSearchParams({ q: "  strike on Kyiv " })).toEqual({ q: "strike on Kyiv", type: "all", page: 1 });
  });

  it("reads every filter, normalising the tag and turning dates into UTC midnights", () => {
    const input = parseSearchParams({
      q: "killed",
      type: "claims",
      page: "3",
      rating: "FALSE_CLAIM",
      status: "APPROVED",
      author: "cm1abc",
      tag: " Casualties ",
      outlet: " Kyiv Courier ",
      from: "2024-03-01",
      to: "2024-03-31",
      anchor: "ORPHANED",
    });
    expect(input).toEqual({
      q: "killed",
      type: "claims",
      page: 3,
      rating: "FALSE_CLAIM",
      status: "APPROVED",
      author: "cm1abc",
      tag: "casualties",
      outlet: "Kyiv Courier",
      from: new Date("2024-03-01T00:00:00.000Z"),
      to: new Date("2024-03-31T00:00:00.000Z"),
      anchor: "ORPHANED",
    });
  });

  it("treats empty filter fields (an untouched form) as no filter", () => {
    expect(
      parseSearchParams({
        q: "x",
        rating: "",
        status: "",
        author: "",
        tag: "",
        outlet: "",
        from: "",
        to: "",
        anchor: "",
        type: "",
        page: "",
      }),
    ).toEqual({ q: "x", type: "all", page: 1 });
  });

  it.each([
    ["an empty query", { q: "" }, "q", "Type a word or phrase to search for."],
    ["a blank query", { q: "   \t " }, "q", "Type a word or phrase to search for."],
    ["a missing query with filters", { tag: "x" }, "q", "Type a word or phrase to search for."],
    ["an overlong query", { q: "a".repeat(MAX_QUERY_LENGTH + 1) }, "q", `Use at most ${MAX_QUERY_LENGTH} characters.`],
    ["an unknown type", { q: "x", type: "users" }, "type", "Choose articles, notes or claims."],
    ["a page that is not a number", { q: "x", page: "two" }, "page", "The page must be a number."],
    ["page 0", { q: "x", page: "0" }, "page", "Pages start at 1."],
    [
      "a page past the ranking window",
      { q: "x", page: String(MAX_PAGE + 1) },
      "page",
      `Only the first ${MAX_PAGE} pages are shown: narrow the search instead.`,
    ],
    ["a rating that is no key", { q: "x", rating: "false; DROP TABLE" }, "rating", "Choose a rating from the list."],
    ["an unknown review state", { q: "x", status: "PUBLISHED" }, "status", "Choose a review state from the list."],
    ["an author id with odd characters", { q: "x", author: "' OR 1=1" }, "author", "Choose an author from the list."],
    ["a tag with punctuation", { q: "x", tag: "<b>" }, "tag", "Tags use letters, digits, spaces, - and _."],
    ["an impossible date", { q: "x", from: "2024-02-30" }, "from", "Enter the from date as YYYY-MM-DD."],
    ["a date in another format", { q: "x", to: "31/03/2024" }, "to", "Enter the to date as YYYY-MM-DD."],
    [
      "a range that ends before it starts",
      { q: "x", from: "2024-04-01", to: "2024-03-01" },
      "to",
      "The “to” date is before the “from” date.",
    ],
    ["an unknown anchor state", { q: "x", anchor: "LOST" }, "anchor", "Choose an anchor state from the list."],
    ["a repeated parameter", { q: "x", tag: ["a", "b"] }, "tag", "Give this only once."],
  ])("refuses %s with a message on its field", (_, params, field, message) => {
    expect(fieldErrors(params)[field]).toContain(message);
  });

  it("reports every bad field at once", () => {
    expect(Object.keys(fieldErrors({ q: "", status: "NOPE", from: "yesterday" })).sort()).toEqual([
      "from",
      "q",
      "status",
    ]);
  });

  it("never passes control characters or highlight markers on to PostgreSQL", () => {
    expect(parseSearchParams({ q: "kyiv\u0000strike\u0007\ue000x\ue001" }).q).toBe("kyiv strike  x");
    expect(fieldErrors({ q: "\u0000\u0001" }).q).toEqual(["Type a word or phrase to search for."]);
  });

  it("ignores parameters it does not know", () => {
    expect(parseSearchParams({ q: "x", utm_source: "mail" })).toEqual({ q: "x", type: "all", page: 1 });
  });
});
