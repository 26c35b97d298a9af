import { describe, expect, it } from "vitest";
import { findQuotations } from "./find-quotations";

const quoted = (text: string) => findQuotations(text).map((q) => text.slice(q.innerStart, q.innerEnd));

describe("findQuotations", () => {
  it.each([
    ["straight", 'She said "the bridge is closed" and left.', ["the bridge is closed"]],
    ["curly", "She said “the bridge is closed” and left.", ["the bridge is closed"]],
    ["German low-high", "Er sagte „die Brücke ist zu“ und ging.", ["die Brücke ist zu"]],
    ["Polish low-high", "Powiedział „most jest zamknięty” i wyszedł.", ["most jest zamknięty"]],
    ["guillemets", "Il a dit « le pont est fermé » hier.", [" le pont est fermé "]],
    ["reversed guillemets", "Er sagte »die Brücke ist zu« und ging.", ["die Brücke ist zu"]],
    ["single curly", "The mayor called it ‘a dark day’ for all.", ["a dark day"]],
    ["single straight", "The mayor called it 'a dark day' for all.", ["a dark day"]],
    ["two quotations", "“First,” she said, “second.”", ["First,", "second."]],
  ])("%s", (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it("apostrophes are not quotation marks", () => {
    expect(quoted("The city’s mayor said the workers’ union wasn’t told, in the ’90s style.")).toEqual([]);
    expect(quoted("The mayor’s words: ‘Let’s rebuild the soldiers’ homes’ — then silence.")).toEqual([
      "Let’s rebuild the soldiers’ homes",
    ]);
  });

  it("a quotation inside a quotation is part of it", () => {
    expect(quoted("He said “they told me ‘wait’ and I waited” yesterday.")).toEqual([
      "they told me ‘wait’ and I waited",
    ]);
  });

  it("drops an unclosed quotation, except one opening the paragraph (it continues in the next)", () => {
    expect(quoted("He said “this never ends and left.")).toEqual([]);
    expect(quoted("“We will stay until the end")).toEqual(["We will stay until the end"]);
  });

  it("reads only the given range", () => {
    const text = "“A b” and “c d”";
    expect(findQuotations(text, 6, text.length).map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(["c d"]);
  });

  it("is linear in unclosed marks", () => {
    const text = "“".repeat(50_000) + "x";
    const started = performance.now();
    findQuotations(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
