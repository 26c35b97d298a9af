import { describe, expect, it } from "vitest";
import { PositionMap } from "./position-map";

describe("PositionMap", () => {
  const oldText = "The storm left at least 12 dead in the city.";
  const span = { start: oldText.indexOf("at least"), end: oldText.indexOf(" in the") };

  function mapped(newText: string): string {
    const map = new PositionMap(oldText, newText);
    return newText.slice(map.mapStart(span.start), map.mapEnd(span.end));
  }

  it("moves offsets after an insertion before them", () => {
    expect(mapped(`Breaking: ${oldText}`)).toBe("at least 12 dead");
  });

  it("leaves text inserted at either edge outside the span", () => {
    expect(mapped(oldText.replace("at least", "reportedly at least"))).toBe("at least 12 dead");
    expect(mapped(oldText.replace("dead in", "dead and 90 injured in"))).toBe("at least 12 dead");
  });

  it("takes text inserted at an edge into the span when it glues onto a word or figure", () => {
    expect(mapped(oldText.replace("12 dead", "12 deadly"))).toBe("at least 12 deadly");
    const number = new PositionMap("about 12 dead", "about 120 dead");
    expect(number.mapEnd(8)).toBe(9);
  });

  it("includes replaced text at the edges", () => {
    expect(mapped(oldText.replace("at least 12", "nearly 12"))).toBe("nearly 12 dead");
    expect(mapped(oldText.replace("12 dead", "12 killed"))).toBe("at least 12 killed");
  });

  it("collapses a deleted span to where it was", () => {
    const map = new PositionMap(oldText, oldText.replace(" at least 12 dead", ""));
    expect(map.mapStart(span.start)).toBe(map.mapEnd(span.end));
  });

  it("lists where new text went, widened and merged", () => {
    const newText = "aaaa XX bbbb cccc YY dddd";
    const map = new PositionMap("aaaa bbbb cccc dddd", newText);
    const regions = map.insertedRegions(0);
    // Where exactly a diff puts an inserted " YY" or "YY " is its own choice.
    expect(regions.map((r) => newText.slice(r.start, r.end).trim())).toEqual(["XX", "YY"]);
    expect(map.insertedRegions(10)).toEqual([{ start: 0, end: newText.length }]);
  });
});
