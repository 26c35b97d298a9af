import { describe, expect, it } from "vitest";
import { directQuote, quotedPassage, quotedSpan } from "./direct-quote";

const span = (prefix: string, exact: string, suffix: string) => ({ prefix, exact, suffix });

describe("quotedPassage", () => {
  it.each([
    ['Smith said: "We will rebuild every school."', "We will rebuild every school."],
    ["Smith: “We will rebuild every school”", "We will rebuild every school"],
    ["Il a dit « nous reconstruirons tout »", "nous reconstruirons tout"],
    ["She said ‘we won’t retreat a step’ on Monday", "we won’t retreat a step"],
    ['Two quotes: "short one" and "the longer of the two quotes"', "the longer of the two quotes"],
  ])("%s → %s", (text, expected) => {
    expect(quotedPassage(text)).toBe(expected);
  });

  it("ignores paraphrase, single quoted words and apostrophes", () => {
    expect(quotedPassage("Smith said the plan would fail")).toBeNull();
    expect(quotedPassage('The so-called "plan" failed')).toBeNull();
    expect(quotedPassage("The mayor’s plan won’t work")).toBeNull();
  });
});

describe("quotedSpan", () => {
  it("takes the annotated text when quotation marks enclose it", () => {
    expect(quotedSpan(span("The minister said: “", "we will rebuild every school", ",” adding that"))).toBe(
      "we will rebuild every school",
    );
    expect(quotedSpan(span('The minister said: "', "we will rebuild every school", '" on Monday.'))).toBe(
      "we will rebuild every school",
    );
  });

  it("takes a quoted passage inside the annotated text", () => {
    expect(quotedSpan(span("", 'The minister said: "we will rebuild every school."', ""))).toBe(
      "we will rebuild every school.",
    );
  });

  it("is not fooled by a closed quote before the span or an apostrophe after it", () => {
    expect(quotedSpan(span("He said “yes” and then ", "the plan went ahead", " as the mayor’s office"))).toBeNull();
    expect(quotedSpan(span("In the mayor’s ", "words were changed", " later."))).toBeNull();
    expect(quotedSpan(span('A "first" quote then ', "plain words here", " and more."))).toBeNull();
  });
});

describe("directQuote", () => {
  it("needs a claimant, prefers the statement, falls back to the first appearance", () => {
    const appearance = span("“", "a week of talks", "”");
    expect(directQuote({ claimant: null, statement: '"we will rebuild every school"' }, appearance)).toBeNull();
    expect(
      directQuote({ claimant: "Jane Doe", statement: 'Doe said "we will rebuild every school"' }, appearance),
    ).toBe("we will rebuild every school");
    expect(directQuote({ claimant: "Jane Doe", statement: "Doe promised talks" }, appearance)).toBe("a week of talks");
    expect(directQuote({ claimant: "Jane Doe", statement: "Doe promised talks" }, null)).toBeNull();
  });
});
