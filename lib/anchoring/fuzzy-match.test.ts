import { describe, expect, it } from "vitest";
import { findQuote } from "./fuzzy-match";

const all = (text: string) => [{ start: 0, end: text.length }];

describe("findQuote", () => {
  const text =
    "The council met on Tuesday to discuss the budget. " +
    "Members agreed that the library would stay open on weekends. " +
    "The mayor promised new funding for the harbour before winter. " +
    "Residents asked questions until late in the evening.";
  const quote = "the library would stay open on weekends";
  const prefix = "the budget. Members agreed that ";
  const suffix = ". The mayor promised new funding";
  const at = text.indexOf(quote);

  it("finds an exact quote", () => {
    expect(findQuote(text, { exact: quote, prefix, suffix, hint: 0 }, [])).toMatchObject({
      kind: "found",
      start: at,
      end: at + quote.length,
    });
  });

  it("finds a quote with small changes inside the searched regions only", () => {
    const edited = text.replace("would stay open", "would remain open");
    const result = findQuote(edited, { exact: quote, prefix, suffix, hint: at }, all(edited));
    expect(result).toMatchObject({ kind: "found", start: at });
    if (result.kind === "found") expect(result.score).toBeLessThan(1);
    expect(findQuote(edited, { exact: quote, prefix, suffix, hint: at }, [{ start: 0, end: 40 }])).toEqual({
      kind: "none",
    });
  });

  it("refuses to choose between copies whose context is the same", () => {
    const copy = `Notice: ${quote}.`;
    const twice = `${copy} Some other text in between here. ${copy}`;
    const result = findQuote(twice, { exact: quote, prefix, suffix, hint: 0 }, all(twice));
    expect(result.kind).toBe("ambiguous");
    if (result.kind === "ambiguous")
      expect(result.candidates).toEqual(
        [8, twice.lastIndexOf(quote)].map((s) => ({ start: s, end: s + quote.length })),
      );
  });

  it("lets the context choose between copies, whatever the expected position", () => {
    const twice = `Unrelated opening words: ${quote}. ${text}`;
    const result = findQuote(twice, { exact: quote, prefix, suffix, hint: 0 }, all(twice));
    expect(result).toMatchObject({ kind: "found", start: twice.lastIndexOf(quote) });
  });

  it("short quotes need their context: a bare '12' elsewhere is not a match", () => {
    const figures = "Police counted 12 arrests. Later, at least 12 dead were reported by officials.";
    const short = { exact: "12", prefix: "Rescuers said that at least ", suffix: " dead were reported by officials." };
    expect(findQuote(figures, { ...short, hint: 0 }, all(figures))).toMatchObject({
      kind: "found",
      start: figures.lastIndexOf("12"),
    });
    expect(findQuote("Police counted 12 arrests.", { ...short, hint: 0 }, all(figures))).toEqual({ kind: "none" });
  });

  it("finds nothing for an empty quote or one changed beyond half its length", () => {
    expect(findQuote(text, { exact: "", prefix, suffix, hint: 0 }, all(text))).toEqual({ kind: "none" });
    expect(findQuote(text, { exact: "zzzz qqqq xxxx wwww", prefix: "", suffix: "", hint: 0 }, all(text))).toEqual({
      kind: "none",
    });
  });
});
