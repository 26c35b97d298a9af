import { describe, expect, it } from "vitest";
import { checkWorthiness, isPageFurniture } from "@/lib/claims/check-worthiness";

describe("checkWorthiness", () => {
  it("names figures, direct quotes and attributions", () => {
    expect(checkWorthiness("The governor said 35 schools stayed closed.")).toEqual(["figures", "attribution"]);
    expect(checkWorthiness("“The bridge will reopen before winter,” the minister told reporters.")).toEqual([
      "direct quote",
      "attribution",
    ]);
    expect(checkWorthiness("Rain fell all afternoon.")).toEqual([]);
  });

  it.each([
    ["a reading time", "3 min"],
    ["a reading time with 'read'", "5 min read"],
    ["a spelled-out reading time", "Reading time: 4 minutes"],
    ["a bare numeric date", "04/07/2025"],
    ["an ISO date", "2025-07-04"],
    ["a date stamp with time", "Updated 4 July 2025, 14:30 CET"],
    ["a weekday date line", "Friday 4 July 2025"],
    ["a relative time stamp", "Posted 3 hours ago"],
    ["the comments link", "Comments"],
    ["a comment count", "Comments (48)"],
    ["a share button", "Share"],
    ["a share line", "Share on Facebook"],
    ["an ad label", "Advertisement"],
    ["a byline", "By Maria Hendriks"],
    ["a byline with two authors and an agency", "By Maria Hendriks and Tom O’Brien, Reuters"],
    ["a reporting line", "Reporting by Ivan Petrenko in Odesa"],
    ["a photo credit", "Photo: Anna Kovalenko/AFP"],
    ["an image credit with figures in it", "Image: 12 fire crews at the scene (Emergency Service)"],
    ["a short all-caps label", "BREAKING"],
    ["an all-caps label of two words", "LIVE UPDATES"],
  ])("gives %s no reasons: %s", (_, line) => {
    expect(isPageFurniture(line)).toBe(true);
    expect(checkWorthiness(line)).toEqual([]);
  });

  it.each([
    ["a sentence that opens with a date", "On 4 July 2025, 12 people were evacuated."],
    ["a sentence that opens with 'By'", "By Tuesday, officials said 40 homes had lost power."],
    ["a sentence about comments", "Comments by the mayor angered 300 residents."],
    ["a sentence with a duration", "The siren lasted 3 minutes, police said."],
    ["an all-caps headline of several words", "12 DEAD AFTER STRIKE ON PORT"],
  ])("keeps %s", (_, sentence) => {
    expect(isPageFurniture(sentence)).toBe(false);
    expect(checkWorthiness(sentence).length).toBeGreaterThan(0);
  });
});
