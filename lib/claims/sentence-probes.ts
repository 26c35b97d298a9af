import { foldLetters, isKnownName, nameVariants } from "@/lib/search/fold-names";
import { findNumbers } from "@/lib/claims/find-numbers";
import { foldText, type TextFeatures } from "@/lib/claims/text-features";

/**
 * A cheap pre-filter before a sentence's full analysis (textFeatures), for
 * claim suggestions: most sentences of a candidate article share nothing with
 * the claim, and analysing each costs far more than one folded-substring look.
 *
 * Why it loses nothing: similarity() gives at most 0.4 (figures alone) to a
 * sentence that shares none of the claim's words, quoted words or names, and 0
 * to one whose figures all differ from the claim's; when the claim has
 * figures, a sentence without any gets at most 0.2 × names + 0.4 × words, so it
 * needs a shared name. Each is below any suggestion's score
 * (suggestion-sentences.ts: MIN_SCORE, 0.45). A shared word or name means the
 * sentence, folded as textFeatures folds it, holds a "probe" as a substring:
 * - a content word is folded and stemmed by cutting an ending, so the
 *   sentence's folded word starts with the claim's ("killed" → "kill");
 * - a name's words appear folded in the sentence, except known names (built-in
 *   or the workspace's spelling variants: "Kiev" is kept as "kyiv"), whose
 *   every spelling is a probe.
 * Figures are read as textFeatures reads them (findNumbers), only for the
 * sentences that share a word.
 * lib/claims/sentence-probes.test.ts checks this over the project's test
 * articles: every sentence the full analysis suggests passes the filter.
 */
export interface SentenceProbes {
  /** one of them is in every sentence that shares a word, a quoted word or a name with the claim */
  words: readonly string[];
  /** one of them is in every sentence that shares a name */
  names: readonly string[];
  /** the claim's figures */
  numbers: ReadonlySet<number>;
}

/** The probes of a claim's features (see the top of this file). */
export function sentenceProbes(claim: TextFeatures, extraGroups?: readonly string[]): SentenceProbes {
  const probesOf = (words: Iterable<string>) => {
    const probes = new Set<string>();
    for (const word of words) for (const probe of wordProbes(word, extraGroups)) probes.add(probe);
    return probes;
  };
  const names = probesOf([...claim.names].flatMap((name) => name.split(" ")));
  const words = probesOf([...claim.words, ...claim.quoted]);
  return { words: [...new Set([...words, ...names])], names: [...names], numbers: claim.numbers };
}

/** A folded word's probes: itself, and for a known name's key ("kyiv", "alqaeda") the longest part of each spelling. */
function wordProbes(word: string, extraGroups: readonly string[] | undefined): string[] {
  if (!word) return [];
  if (!isKnownName(word, extraGroups)) return [comparable(word)];
  const probes = [comparable(word)];
  for (const spelling of nameVariants(word, extraGroups)) {
    const parts = comparable(foldLetters(spelling))
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), "");
    if (longest) probes.push(longest);
  }
  return probes;
}

/** Whether `sentence` may reach a suggestion's score against the claim; false only when it cannot (see the top). */
export function mayResemble(sentence: string, probes: SentenceProbes): boolean {
  const folded = foldedForProbes(sentence);
  if (!probes.words.some((probe) => folded.includes(probe))) return false;
  if (probes.numbers.size === 0) return true;
  const numbers = findNumbers(sentence.toLowerCase());
  if (numbers.length > 0) return numbers.some((n) => probes.numbers.has(n.value));
  return probes.names.some((probe) => folded.includes(probe));
}

/**
 * Whether some sentence of `paragraph` (a line: splitSentences never joins two)
 * may resemble the claim: false only when none holds a word probe. A sentence
 * is part of its paragraph and folding reads each letter on its own, so a
 * probe a sentence holds folded, its paragraph holds folded too; one look at
 * the paragraph spares splitting and folding sentences that share nothing.
 */
export function paragraphMayResemble(paragraph: string, probes: SentenceProbes): boolean {
  const folded = foldedForProbes(paragraph);
  return probes.words.some((probe) => folded.includes(probe));
}

/** A text folded as textFeatures folds its words (possessives dropped), for substring looks. */
function foldedForProbes(text: string): string {
  return comparable(foldText(text.replace(/['’]s\b/gu, "")));
}

/** Greek final sigma lower-cases by context: one form, so a word folds alike in a sentence and alone. */
function comparable(folded: string): string {
  return folded.replace(/ς/g, "σ");
}
