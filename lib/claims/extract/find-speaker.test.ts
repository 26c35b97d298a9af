import { describe, expect, it } from "vitest";
import { cleanSpeakerName } from "./clean-speaker-name";
import { findSpeaker } from "./find-speaker";

describe("findSpeaker: attribution after the quotation", () => {
  it.each([
    [", Trump wrote on Truth Social.", "Trump"],
    [", said Zelensky.", "Zelensky"],
    [", said Volodymyr Zelensky, the president.", "Volodymyr Zelensky"],
    [" President Donald Trump posted on his platform.", "Donald Trump"],
    [", Maria Lopez later told reporters.", "Maria Lopez"],
    [", Zelensky, the Ukrainian president, said.", "Zelensky"],
    [", the Ukrainian president, Volodymyr Zelensky, said.", "Volodymyr Zelensky"],
    [", the minister said.", "the minister"],
    [", said the minister.", "the minister"],
    [", said a senior official, Anna Berg.", "Anna Berg"],
    [", according to the ministry.", "the ministry"],
    [", according to Anna Berg.", "Anna Berg"],
    [" — Mr. Vos said on Monday.", "Vos"],
    [", Vos on Monday wrote.", "Vos"],
    [", the engineer Anna Berg said.", "Anna Berg"],
    [" Trump wrote.", "Trump"],
  ])("“…”%s → %s", (after, speaker) => {
    expect(findSpeaker("", after)).toEqual({ speaker });
  });

  it.each([", he said.", ", she wrote.", ", they added.", ", I said."])("a pronoun names nobody: “…”%s", (after) => {
    expect(findSpeaker("Maria Lopez spoke first. ", after)).toEqual({ speaker: null });
  });
});

describe("findSpeaker: attribution before the quotation", () => {
  it.each([
    ["Zelensky said: ", "Zelensky"],
    ["Trump wrote that ", "Trump"],
    ["Trump wrote, ", "Trump"],
    ["Russian President Vladimir Putin said on Monday, ", "Vladimir Putin"],
    ["On Monday Zelensky told reporters in Kyiv that ", "Zelensky"],
    ["The minister said: ", "The minister"],
    ["According to Anna Berg, ", "Anna Berg"],
    ["Anna Berg dismissed the report, saying: ", "Anna Berg"],
    ["Trump said the plan would fail, while Zelensky insisted that ", "Zelensky"],
  ])("%s“…” → %s", (before, speaker) => {
    expect(findSpeaker(before, ".")).toEqual({ speaker });
  });

  it("a pronoun before names nobody", () => {
    expect(findSpeaker("He said: ", ".")).toEqual({ speaker: null });
  });

  it("no attribution → null (the caller may continue the previous speaker)", () => {
    expect(findSpeaker("The report was called ", " by critics.")).toBeNull();
    expect(findSpeaker("", "")).toBeNull();
    expect(findSpeaker("Monday was quiet. ", " And then sirens.")).toBeNull();
  });

  it("the words after the quotation win over the words before it", () => {
    expect(findSpeaker("Anna Berg said: ", ", Ivan Petrov replied.")).toEqual({ speaker: "Ivan Petrov" });
  });

  it("after a full stop inside the quotation, the words after it start another sentence: only the words before count", () => {
    const layout = { closesSentence: true, leadsIntoNext: false };
    expect(findSpeaker("Anna Berg said: ", " Ivan Petrov wrote that ", layout)).toEqual({ speaker: "Anna Berg" });
    expect(findSpeaker("", " Ivan Petrov wrote that ", layout)).toBeNull();
  });

  it("words that lead into the next quotation belong to it unless nothing comes before", () => {
    const layout = { closesSentence: false, leadsIntoNext: true };
    expect(findSpeaker("Anna Berg said ", ", Ivan Petrov said ", layout)).toEqual({ speaker: "Anna Berg" });
    expect(findSpeaker("", ", Ivan Petrov wrote, ", layout)).toEqual({ speaker: "Ivan Petrov" });
  });
});

describe("cleanSpeakerName", () => {
  it.each([
    ["Russian President Vladimir Putin", "Vladimir Putin"],
    ["Prime Minister Jonas Berg", "Jonas Berg"],
    ["Mr. Vos", "Vos"],
    ["On Monday Zelensky", "Zelensky"],
    ["Zelensky.", "Zelensky"],
    ["Martin Luther King Jr.", "Martin Luther King Jr."],
    ["President", null],
    ["He", null],
    ["The", null],
  ])("%s → %s", (run, expected) => {
    expect(cleanSpeakerName(run)).toBe(expected);
  });
});
