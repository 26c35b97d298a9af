import { describe, expect, it } from "vitest";
import { extractPassage, type PassageExtraction } from "@/lib/claims/extract/extract-passage";
import { compareExtractions } from "./compare-extractions";

const extraction = (text: string): PassageExtraction =>
  extractPassage({ text, start: 0, end: text.length }, { publishedAt: null });
const change = (before: string, after: string) => compareExtractions(extraction(before), extraction(after));

describe("compareExtractions", () => {
  it("null when figures and quotes are the same", () => {
    expect(change("Overnight, 150 drones hit the city.", "Overnight 150 drones struck the capital.")).toBeNull();
  });

  it.each([
    [
      "reordering",
      "12 killed and 40 injured, “we rebuild,” Vos said.",
      "“We rebuild,” Vos said: 40 injured and 12 killed.",
    ],
    ["re-punctuation and case inside a quote", "“We will rebuild, now,” Vos said.", "“We will rebuild now!” Vos said."],
    ["a spelling variant inside a quote", "“Kiev stands,” Vos said.", "“Kyiv stands,” Vos said."],
    ["a thousands separator", "1,200 homes burned.", "1200 homes burned."],
    ["another wording of the same figure", "At least 12 people died.", "No fewer than twelve people were killed."],
    ["a speaker found or lost", "“We rebuild,” Vos said.", "“We rebuild,” he said."],
  ])("not a change: %s", (_name, before, after) => {
    expect(change(before, after)).toBeNull();
  });

  it("a changed figure of the same metric", () => {
    expect(
      change("Russia launched 150 drones and 11 missiles.", "Russia launched 190 drones and 11 missiles."),
    ).toEqual({
      figures: [{ before: "150 drones", after: "190 drones" }],
      quotes: [],
      summary: "“150 drones” became “190 drones”",
    });
  });

  it("a changed qualifier", () => {
    expect(change("At least 12 people died.", "12 people died.")?.summary).toBe(
      "“at least 12 killed” became “12 killed”",
    );
  });

  it("added and removed figures", () => {
    expect(change("12 people died.", "12 people died and 40 homes burned.")).toMatchObject({
      figures: [{ before: null, after: "40 homes" }],
      summary: "“40 homes” was added",
    });
    expect(change("12 people died and 40 homes burned.", "12 people died.")).toMatchObject({
      figures: [{ before: "40 homes", after: null }],
      summary: "“40 homes” was removed",
    });
  });

  it("an altered quote, with a word diff", () => {
    const result = change("“We will rebuild the bridge,” Vos said.", "“We will never rebuild the bridge,” Vos said.");
    expect(result).toMatchObject({
      figures: [],
      quotes: [{ before: "We will rebuild the bridge", after: "We will never rebuild the bridge" }],
    });
    expect(result!.quotes[0]!.diff.filter((p) => p.type !== "equal")).toEqual([{ type: "insert", text: "never " }]);
    expect(result!.summary).toBe("“We will rebuild the bridge” became “We will never rebuild the bridge”");
  });

  it("a quote replaced by another statement is removed and added", () => {
    const result = change("“We will rebuild the bridge,” Vos said.", "“Taxes stay as they are,” Vos said.");
    expect(result!.quotes.map((q) => [q.before, q.after])).toEqual([
      ["We will rebuild the bridge", null],
      [null, "Taxes stay as they are"],
    ]);
    expect(result!.summary).toBe("“We will rebuild the bridge” was removed; “Taxes stay as they are” was added");
  });

  it("the same words given to another named speaker", () => {
    const result = change("“We rebuild,” Vos said.", "“We rebuild,” Berg said.");
    expect(result).toMatchObject({
      quotes: [{ before: "We rebuild", after: "We rebuild", speakerBefore: "Vos", speakerAfter: "Berg" }],
    });
    expect(result!.summary).toBe("“We rebuild” is now attributed to Berg (was Vos)");
  });

  it("summarizes a figure and a quote on one line, long quotes shortened", () => {
    const long =
      "We will rebuild every bridge and every school and every hospital in the region before the winter comes";
    const result = change(
      `12 people died. “${long},” Vos said.`,
      `19 people died. “${long.replace("every hospital", "most hospitals")},” Vos said.`,
    );
    expect(result!.summary).toMatch(
      /^“12 killed” became “19 killed”; “We will rebuild every bridge .{20,}…” became “.+…”$/u,
    );
    expect(result!.summary).not.toContain("\n");
  });
});
