/**
 * Filler articles and claims for the "same claim" suggestion world (suggestion-world.ts):
 * enough news that restates none of its claims for the claims' names (Kyiv,
 * Russia, Zelensky, Klitschko) to be "common" by ANALYZE's most common lexemes
 * (lib/claims/common-terms.ts: in more than COMMON_SHARE of the articles), as
 * they are in a newsroom's workspace, while the claims' figures and quoted
 * words stay rare. Without it the world is six articles, in which every word
 * is in more than 5 % of them: every term is common, all are kept, and the
 * statistics change nothing.
 *
 * Every sentence comes from the world itself and restates no claim: the
 * distractor test articles (integrity-articles.ts), the labelled articles'
 * sentences labelled with no claim, and the background lines below (names and
 * places of the story, never a figure or a quote of a claim). So the labels
 * stay exact: a filler sentence offered as the same claim is a wrong offer.
 * Deterministic: the same count makes the same articles.
 */
import { INTEGRITY_ARTICLES } from "./integrity-articles";
import { ALTERED, RESTATED } from "./integrity-suggestion-articles";
import { seeded } from "./seeded-random";

/** Filler articles the world gets: the claims' names end up in 15–60 % of all articles, their figures in under 3 %. */
export const FILLER_ARTICLES = 200;

/** The test articles the world adds as distractors: the first one states the claims (it is the source's story). */
export const DISTRACTORS = INTEGRITY_ARTICLES.slice(1, 3);

const BACKGROUND = [
  "Kyiv city council met to discuss the repair of damaged schools.",
  "Air defence units around Kyiv were reinforced last month, the ministry said.",
  "Russia said its forces had targeted military sites, without giving evidence.",
  "Russia's foreign ministry summoned the ambassador on Wednesday.",
  "President Volodymyr Zelensky met European leaders in Brussels.",
  "Zelensky thanked allies for the new air-defence systems.",
  "Mayor Vitali Klitschko opened a heating point in the Obolon district.",
  "Klitschko urged residents to store water and charge their phones.",
  "Residents of Kyiv queued for bread after the night of alarms.",
  "The Kremlin declined to comment on the reports from Kyiv.",
  "Volunteers in Kyiv collected warm clothes for families who lost their homes.",
  "Ukraine's energy company said repairs in Kyiv would take several days.",
];

/** The sentences of the test articles the world uses as distractors (none restates a claim). */
function distractorSentences(): string[] {
  return DISTRACTORS.flatMap((a) => a.paragraphs.flat().map((s) => s.text));
}

/** The labelled articles' sentences that restate no claim, titles left out. */
function unlabelledSentences(): string[] {
  return [RESTATED, ALTERED].flatMap((a) =>
    a.sentences
      .slice(1)
      .filter((s) => !s.claim)
      .map((s) => s.text),
  );
}

/**
 * `count` claims for the Claim table's statistics: a background line each,
 * unchecked (no verdict), so the repeated-claim check never compares with them.
 */
export function fillerClaims(count = FILLER_ARTICLES): string[] {
  return Array.from({ length: count }, (_, i) => BACKGROUND[i % BACKGROUND.length]!);
}

/** `count` filler articles: a background line as title and lead, three distractor sentences, sometimes a world sentence. */
export function fillerArticles(count = FILLER_ARTICLES): { title: string; text: string }[] {
  const random = seeded(20261208);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const distractors = distractorSentences();
  const unlabelled = unlabelledSentences();
  return Array.from({ length: count }, (_, i) => {
    const lead = BACKGROUND[i % BACKGROUND.length]!;
    const body = [pick(distractors), pick(distractors), pick(distractors)];
    if (random() < 0.3) body.push(pick(unlabelled));
    return { title: lead.replace(/[.,].*$/, ""), text: [lead, ...body].join("\n\n") };
  });
}
