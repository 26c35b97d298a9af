/**
 * The suggestions' pre-filter (sentence-probes.ts) must never drop a sentence
 * the full analysis would suggest: every sentence at least MIN_SCORE similar to
 * a claim passes it. Claims are made from the project's test articles (each
 * sentence, its first and second half, its quotes), compared with every
 * sentence of every test article, with and without the workspace's own
 * spelling variants.
 */
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/claims/split-sentences";
import { similarity, textFeatures } from "@/lib/claims/text-features";
import { mayResemble, sentenceProbes } from "@/lib/claims/sentence-probes";
import { claimLook, MIN_SCORE, similarSentences } from "@/lib/claims/suggestion-sentences";
import { testArticles } from "@/test/articles/test-articles";

const articles = testArticles();
/** The workspace's own spellings of the test articles' names, one of them in several words. */
const RESPELLINGS: [string, string][] = [
  ["Marenburg", "Marnbourg"],
  ["Irena Dalsk", "Irina Dalskaya"],
  ["Vell", "Vel River"],
  ["Northwire", "North-Wire"],
];
const GROUPS = [[], RESPELLINGS.map((pair) => pair.join("|"))];
const original = articles.flatMap(({ text }) => splitSentences(text).map((s) => s.text));
/** The test articles' sentences, and those naming someone or somewhere again in the other spelling. */
const sentences = [
  ...original,
  ...original.flatMap((s) => {
    const respelled = RESPELLINGS.reduce((text, [from, to]) => text.replaceAll(from, to), s);
    return respelled === s ? [] : [respelled];
  }),
];

function claimTexts(): string[] {
  const claims = new Set<string>();
  for (const s of original) {
    claims.add(s);
    const words = s.split(" ");
    const half = Math.ceil(words.length / 2);
    claims.add(words.slice(0, half).join(" "));
    claims.add(words.slice(half).join(" "));
    for (const quote of s.match(/[“"«„][^”"»]{3,300}[”"»]/g) ?? []) claims.add(quote);
  }
  return [...claims].filter((c) => c.trim());
}

/** Whether two texts share a word of four letters or more as written (a match without one went through a respelling). */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  return (b.toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((w) => words.has(w));
}

describe("sentence probes: the suggestions' pre-filter", () => {
  it("keeps every sentence of the test articles that the full analysis finds similar to a claim", () => {
    const claims = claimTexts();
    let similar = 0;
    let dropped = 0;
    let compared = 0;
    let respelledMatches = 0;
    for (const groups of GROUPS) {
      for (const claim of claims) {
        const features = textFeatures(claim, groups);
        const probes = sentenceProbes(features, groups);
        for (const sentence of sentences) {
          compared++;
          const kept = mayResemble(sentence, probes);
          const { score } = similarity(features, textFeatures(sentence, groups));
          if (score >= MIN_SCORE) {
            similar++;
            if (groups.length && !original.includes(sentence) && !sharesWord(claim, sentence)) respelledMatches++;
            expect({ claim, sentence, kept }).toEqual({ claim, sentence, kept: true });
          }
          if (!kept) dropped++;
        }
      }
    }
    // the property is about real matches, also through a respelled name, and the filter does drop sentences
    expect(similar).toBeGreaterThan(claims.length);
    expect(respelledMatches).toBeGreaterThan(0);
    expect(dropped / compared).toBeGreaterThan(0.2);
  });

  it("similarSentences gives what analysing every sentence gives", () => {
    for (const claim of claimTexts().slice(0, 80)) {
      const look = claimLook(claim, []);
      for (const { text } of articles) {
        const all = splitSentences(text)
          .map((s) => ({ ...s, ...similarity(look.features, textFeatures(s.text)) }))
          .filter((s) => s.score >= MIN_SCORE);
        expect(similarSentences(text, look)).toEqual(all);
      }
    }
  });

  it.each([
    ["a stemmed word", "Officials said 12 were killed", "The blast killing 12 shocked the city.", true],
    ["a built-in spelling variant", "A drone hit Kyiv", "Shelling in Kiev’s centre.", true],
    ["a name of several words", "Al-Qaida claimed it", "A message from al Qaeda followed.", true],
    ["a figure alone", "Officials said 12 were killed", "There were 12.", false],
    ["another figure", "Officials said 12 were killed in Marenburg", "In Marenburg 19 were killed.", false],
    ["the figure in words", "Officials said 12 were killed in Marenburg", "Twelve were killed, they said.", true],
    ["no figure, a shared name", "In Vell, Mayor Dalsk said 12 were killed", "The blast shocked Mayor Dalsk.", true],
    ["no figure, a shared word", "In Vell, Mayor Dalsk said 12 were killed", "Nobody else was killed.", false],
    ["a claim without figures", "The bridge was closed", "The old bridge stays shut.", true],
    ["nothing shared", "Officials said 12 were killed", "The weather was grey.", false],
  ])("%s", (_, claim, sentence, kept) => {
    expect(mayResemble(sentence, sentenceProbes(textFeatures(claim)))).toBe(kept);
  });

  it("uses the workspace's own spelling variants", () => {
    const groups = ["Mykolaiv|Mykolajiw"];
    expect(mayResemble("The port of Mykolajiw was quiet.", sentenceProbes(textFeatures("Shelling hit Mykolaiv")))).toBe(
      false,
    );
    expect(
      mayResemble(
        "The port of Mykolajiw was quiet.",
        sentenceProbes(textFeatures("Shelling hit Mykolaiv", groups), groups),
      ),
    ).toBe(true);
  });
});
