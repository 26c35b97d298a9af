import { findNumbers } from "@/lib/claims/find-numbers";
import { foldLetters, foldNameWords, isKnownName } from "@/lib/search/fold-names";

/**
 * What two passages must share to state the same thing: figures, names,
 * quoted words and content words. Pure; used to suggest appearances.
 * All are sets, so word order does not matter; names and words are folded
 * with the spelling variants of lib/search/fold-names.ts ("Kiev" = "Kyiv");
 * figures are whole values ("90" is never "190", "1,200" is 1200) and only
 * compared as values, never as words.
 */
export interface TextFeatures {
  numbers: Set<number>;
  names: Set<string>;
  quoted: Set<string>;
  words: Set<string>;
}

/** Words that say nothing about what a passage states (also the claim suggestions' retrieval skips them: lib/claims/candidates.ts). */
export const STOP_WORDS = new Set(
  "a an the and or but of in on at to for from by with as is are was were be been being that this these those it its their his her they he she we you i not no than then there which who whom whose what when where while after before over under about into onto up down out said says say told according also has have had will would can could may might more most some any all each other such only just very".split(
    " ",
  ),
);
/** Weekdays and months: capitalised, but never names (speaker names, suggestion look-ups). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);
const QUOTE = /[“"«„]([^”"»]{3,300})[”"»]/g;
const NAME = /\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

/** `extraGroups`: the workspace's own spelling variants (Workspace.nameVariants), besides the built-in ones. */
export function textFeatures(text: string, extraGroups?: readonly string[]): TextFeatures {
  return { ...wordFeatures(text, extraGroups), numbers: new Set(findNumbers(text.toLowerCase()).map((n) => n.value)) };
}

/**
 * textFeatures without the figures (no numbers), for a comparison that leaves
 * them out (the import check's "about the same thing"): finding them is about a
 * third of the work, and it runs on every checked claim an article meets.
 */
export function wordFeatures(text: string, extraGroups?: readonly string[]): TextFeatures {
  const quoted = new Set([...text.matchAll(QUOTE)].flatMap((m) => contentWords(m[1]!, extraGroups)));
  // a capitalized word opening a sentence is not a name, unless it is a known one ("Kyiv was hit")
  const names = new Set<string>();
  for (const m of text.matchAll(NAME)) {
    const words = foldedWords(m[0]);
    if ((m.index > 0 && !/[.!?]\s*$/.test(text.slice(0, m.index))) || knownName(words[0]!, extraGroups))
      names.add(foldNameWords(words, extraGroups).join(" "));
  }
  return { numbers: new Set(), names, quoted, words: new Set(contentWords(text, extraGroups)) };
}

/**
 * isKnownName, remembered per word and spelling table: it folds its word again
 * on every call, and a text's features ask it for each of their words.
 */
const knownNames = new Map<string, Map<string, boolean>>();
const KNOWN_NAMES_KEPT = 20_000;

function knownName(word: string, extraGroups: readonly string[] | undefined): boolean {
  const tableKey = extraGroups?.join("\n") ?? "";
  let known = knownNames.get(tableKey);
  if (!known) {
    if (knownNames.size >= 50) knownNames.clear();
    knownNames.set(tableKey, (known = new Map()));
  }
  let answer = known.get(word);
  if (answer === undefined) {
    if (known.size >= KNOWN_NAMES_KEPT) known.clear();
    known.set(word, (answer = isKnownName(word, extraGroups)));
  }
  return answer;
}

/**
 * foldLetters, with a shortcut for ASCII and typographic quotes and dashes
 * (most copy): none of them decomposes, is a mark or a special letter, so
 * folding such a text only lower-cases it and drops apostrophes. Suggestions
 * fold every sentence they look at, and the Unicode steps cost most of that.
 */
export function foldText(text: string): string {
  return PLAIN.test(text) ? text.toLowerCase().replace(/['’]/g, "") : foldLetters(text);
}
const PLAIN = /^[\x00-\x7f‘’“”„«»–—]*$/;

/** Folded words, possessives dropped so "Kiev’s" is a spelling of Kyiv. */
function foldedWords(text: string): string[] {
  return foldText(text.replace(/['’]s\b/gu, ""))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Folded words without stop words and bare digits (figures are compared as values: "1,200" must not share "200" with "200"). */
function contentWords(text: string, extraGroups: readonly string[] | undefined): string[] {
  return foldNameWords(foldedWords(text), extraGroups)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !/^\d+$/.test(w))
    .map((w) => (knownName(w, extraGroups) ? w : stem(w)));
}

/** A crude stem so "killed"/"killing", "strikes"/"strike" meet. */
function stem(word: string): string {
  return word.replace(/(ing|ed|es|s)$/u, "") || word;
}

function overlap(a: Set<string | number>, b: Set<string | number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size);
}

export interface Similarity {
  score: number;
  reasons: string[];
}

/**
 * How likely two passages state the same thing, 0..1, with the reasons in
 * words. Figures weigh most; a passage whose figures all differ from the
 * claim's is not a match however similar the wording (that is a conflict
 * candidate, not an appearance).
 */
export function similarity(claim: TextFeatures, passage: TextFeatures): Similarity {
  const numbers = overlap(claim.numbers, passage.numbers);
  if (claim.numbers.size > 0 && passage.numbers.size > 0 && numbers === 0) return { score: 0, reasons: [] };
  const names = overlap(claim.names, passage.names);
  const quoted = overlap(claim.quoted, passage.words);
  const words = overlap(claim.words, passage.words);
  const reasons = [
    numbers > 0 && "same figures",
    names > 0 && "same names",
    quoted > 0.5 && "same quoted words",
    words >= 0.4 && "similar wording",
  ].filter((r): r is string => Boolean(r));
  const score = claim.numbers.size
    ? 0.4 * numbers + 0.2 * names + 0.4 * Math.max(words, quoted)
    : 0.3 * names + 0.7 * Math.max(words, quoted);
  return { score: Math.round(score * 100) / 100, reasons };
}
