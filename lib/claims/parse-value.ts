import type { ValueQualifier } from "@/lib/generated/prisma/enums";
import { findNumbers, type NumberMatch } from "./find-numbers";
import { GENERIC_MODIFIERS, normalizeMetric } from "./normalize-metric";

/** A structured-value suggestion for a claim; the editor confirms or edits it. */
export interface ClaimValueSuggestion {
  metric?: string;
  valueLow?: number;
  /** Equal to valueLow for a single number; higher for a range. */
  valueHigh?: number;
  qualifier?: ValueQualifier;
  unit?: string;
}

// Phrases right before the number; longest first so "no more than" wins over "more than".
const QUALIFIERS: [RegExp, ValueQualifier][] = [
  [/\b(?:at least|no fewer than|no less than|a minimum of|not less than)$/, "AT_LEAST"],
  [/\b(?:up to|as many as|at most|no more than|a maximum of|not more than)$/, "UP_TO"],
  [/\b(?:more than|over|upwards of|in excess of|exceeding|above)$/, "MORE_THAN"],
  [/\b(?:fewer than|less than|under|below)$/, "FEWER_THAN"],
  // "nearly"/"almost" sit just below the number; ABOUT's tolerance covers that.
  [/\b(?:about|around|approximately|roughly|some|nearly|almost|close to|an estimated|estimated|circa|c\.|~)$/, "ABOUT"],
];
const CASUALTY_WORD =
  /^(?:killed|killing|kills?|dead|died|dies|deaths?|fatalit(?:y|ies)|perished|injured|injuring|injur(?:y|ies|es)|wounded|wounds|wounding|hurt)$/;
const CASUALTY = new RegExp(`\\b(?:lost their lives|${CASUALTY_WORD.source.slice(4, -2)})\\b`, "g");
const PEOPLE = new Set([
  "people",
  "persons",
  "civilians",
  "residents",
  "others",
  "children",
  "men",
  "women",
  "soldiers",
  "person",
  "civilian",
  "other",
]);
const LINKING = new Set([
  "were",
  "was",
  "are",
  "is",
  "been",
  "have",
  "has",
  "had",
  "reported",
  "confirmed",
  "reportedly",
  "now",
]);
const NOT_A_NOUN = new Set([
  "of",
  "and",
  "or",
  "to",
  "in",
  "on",
  "at",
  "a",
  "an",
  "the",
  "were",
  "was",
  "are",
  "is",
  "per",
  "times",
  "as",
  "than",
  "from",
  "by",
  "for",
  "with",
  "this",
  "that",
  "its",
  "their",
  "his",
  "her",
]);
const MAX_LENGTH = 600;

/**
 * Pure: suggests metric, value(s), qualifier and unit for a selected text, e.g.
 * "killed at least 12 people" → { metric: "killed", valueLow: 12, valueHigh: 12, qualifier: "AT_LEAST" }.
 * Precision over recall: null when there is no figure, more than one figure
 * ("12 dead and 90 injured": select one of them), a rate ("5000 a week"), a
 * change ("rose from 12 to 19"), or a bare number with nothing to say what it counts.
 */
export function parseClaimValue(text: string): ClaimValueSuggestion | null {
  if (text.length > MAX_LENGTH) return null;
  const t = normalize(text);
  const figure = singleFigure(t, findNumbers(t));
  if (!figure) return null;
  const before = t.slice(0, figure.start).trimEnd();
  const after = t.slice(figure.end);
  if (/^\s+(?:[\p{L}-]+\s+){0,2}(?:a|per|each|every)\s+(?:day|week|month|year|hour|minute|night)\b/u.test(after))
    return null;
  const qualifier = qualifierOf(before, after);
  const metric = metricOf(t, figure, before, after);
  if (metric === null) return null;
  const isRange = figure.high > figure.low;
  if (!qualifier && !metric && !figure.unit && !isRange) return null;
  const suggestion: ClaimValueSuggestion = {
    valueLow: figure.low,
    valueHigh: figure.high,
    qualifier: qualifier ?? "EXACT",
  };
  if (metric) suggestion.metric = metric;
  if (figure.unit) suggestion.unit = figure.unit;
  return suggestion;
}

/** A number or a range in a (normalized) text, with its offsets there. */
export interface Figure {
  start: number;
  end: number;
  low: number;
  high: number;
  unit?: string;
}

/** The one figure of the text (a number or a range of two), or null. */
function singleFigure(t: string, numbers: NumberMatch[]): Figure | null {
  const [a, b] = numbers;
  if (!a || numbers.length > 2) return null;
  if (!b) return { start: a.start, end: a.end, low: a.value, high: a.value, unit: a.unit };
  return joinRange(t, a, b);
}

/**
 * Pure: the range two neighbouring numbers of `t` write ("between 10 and 15",
 * "10-15", "10 to 15 million"), or null when they are two figures. `start`
 * stays on the first number: "between" is not part of the figure.
 */
export function joinRange(t: string, a: NumberMatch, b: NumberMatch): Figure | null {
  const joiner = t.slice(a.end, b.start);
  const before = t.slice(Math.max(0, a.start - 20), a.start);
  const between = /\bbetween\s+$/.test(before) && /^\s+and\s+$/.test(joiner);
  if (!between && !/^\s*(?:-|–|to)\s*$/.test(joiner)) return null;
  // "from 12 to 19" is more often a change than a range: don't guess.
  if (/\bfrom\s+$/.test(before)) return null;
  // "10 to 15 million": a smaller, unscaled first number takes the second's scale.
  const low = a.value === a.raw && b.value !== b.raw && a.raw < b.raw ? a.raw * (b.value / b.raw) : a.value;
  if (a.unit && b.unit && a.unit !== b.unit) return null;
  if (low >= b.value) return null;
  return { start: a.start, end: b.end, low, high: b.value, unit: b.unit ?? a.unit };
}

function qualifierOf(before: string, after: string): ValueQualifier | undefined {
  return findQualifier(before, after)?.qualifier;
}

/** Where the qualifier words sit: at `index` of `before` (trimmed at its end) or of `after`. */
export interface QualifierMatch {
  qualifier: ValueQualifier;
  text: string;
  side: "before" | "after";
  index: number;
}

/** Pure: the qualifier words right before the number ("at least 12") or right after it ("12 or more"). */
export function findQualifier(before: string, after: string): QualifierMatch | undefined {
  for (const [pattern, qualifier] of QUALIFIERS) {
    const match = pattern.exec(before);
    if (match) return { qualifier, text: match[0], side: "before", index: match.index };
  }
  const trailing = /^\s+(?:\p{L}+\s+)?(or (?:more|fewer|less))\b/u.exec(after);
  if (!trailing) return undefined;
  const text = trailing[1]!;
  return {
    qualifier: text === "or more" ? "AT_LEAST" : "UP_TO",
    text,
    side: "after",
    index: trailing[0].length - text.length,
  };
}

/**
 * The metric: a casualty word next to the number ("12 dead", "injured 90")
 * or right behind its noun ("12 villagers died"), else the counted noun ("70 drones", "11 ballistic missiles"), else a single
 * casualty word elsewhere in the sentence ("the death toll rose to 12").
 * undefined = no metric found; null = contradictory cues (don't guess).
 */
export function metricOf(t: string, figure: Figure, before: string, after: string): string | undefined | null {
  const words = after.match(/[\p{L}-]+|[^\s\p{L}-]/gu) ?? [];
  let i = 0;
  while (i < words.length && i < 2 && (PEOPLE.has(words[i]!) || GENERIC_MODIFIERS.has(words[i]!))) i++;
  while (i < words.length && LINKING.has(words[i]!)) i++;
  const casualtyAfter = casualtyAt(words.slice(i, i + 3).join(" "));
  const casualtyBefore = casualtyAt(withoutQualifier(before).split(" ").pop() ?? "");
  if (casualtyAfter && casualtyBefore && casualtyAfter !== casualtyBefore) return null;
  if (casualtyAfter || casualtyBefore) return casualtyAfter ?? casualtyBefore;
  const noun = countedNoun(words);
  // "12 villagers died": a casualty word right behind whoever the noun names is what is counted,
  // unless the noun is a weapon ("11 missiles killed 3" counts missiles).
  const behind = noun && /(?:missiles|drones)$/.test(noun) ? undefined : casualtyBehindNoun(words);
  if (behind) return behind;
  if (noun && !PEOPLE.has(noun.split(" ").pop()!)) return noun;
  const sentence = sentenceAround(t, figure);
  const kinds = new Set([...sentence.matchAll(CASUALTY)].map((m) => casualtyMetric(m[0])));
  if (kinds.size > 1) return null;
  if (kinds.size === 1) return [...kinds][0]!;
  return noun;
}

/** The casualty word after one or two noun words and linking verbs: "villagers died", "fishermen were killed". */
function casualtyBehindNoun(words: string[]): string | undefined {
  let k = 0;
  while (
    k < 2 &&
    k < words.length &&
    /^\p{L}/u.test(words[k]!) &&
    !NOT_A_NOUN.has(words[k]!) &&
    !LINKING.has(words[k]!) &&
    !CASUALTY_WORD.test(words[k]!)
  )
    k++;
  if (k === 0) return undefined;
  while (k < words.length && LINKING.has(words[k]!)) k++;
  return casualtyAt(words.slice(k, k + 3).join(" "));
}

/** "killed"/"injured" when the phrase opens with a casualty word. */
function casualtyAt(phrase: string): string | undefined {
  if (/^(?:lost their lives|death toll)\b/.test(phrase)) return "killed";
  const first = phrase.split(" ")[0] ?? "";
  return CASUALTY_WORD.test(first) ? casualtyMetric(first) : undefined;
}

function casualtyMetric(word: string): string {
  return /^(?:kill|dead|die|death|fatalit|perish|lost)/.test(word) ? "killed" : "injured";
}

/**
 * The noun the number counts, with its subtype words: "11 ballistic missiles"
 * → "ballistic missiles". Falls back to one plural-looking word ("3,400
 * residents"), because a singular word after a number is usually not the noun.
 */
function countedNoun(words: string[]): string | undefined {
  const kept: string[] = [];
  for (const word of words.slice(0, 4)) {
    if (!/^\p{L}/u.test(word) || NOT_A_NOUN.has(word)) break;
    if (GENERIC_MODIFIERS.has(word) && kept.length === 0) continue;
    kept.push(word);
    const metric = normalizeMetric(kept.join(" "));
    if (metric.endsWith("missiles") || metric.endsWith("drones")) return metric;
  }
  const first = kept[0];
  if (!first) return undefined;
  if (PEOPLE.has(first) || /[^s]s$/.test(first)) return normalizeMetric(first);
  // one or two modifiers before a plural noun count that noun: "2,000 air-raid alerts" → alerts, "12 distribution points" → points
  const plural = kept.slice(1, 3).find((word) => PEOPLE.has(word) || /[^s]s$/.test(word));
  return plural === undefined ? undefined : normalizeMetric(plural);
}

function withoutQualifier(before: string): string {
  for (const [pattern] of QUALIFIERS) if (pattern.test(before)) return before.replace(pattern, "").trimEnd();
  return before;
}

function sentenceAround(t: string, figure: Figure): string {
  const start = Math.max(t.lastIndexOf(". ", figure.start), t.lastIndexOf("; ", figure.start), 0);
  const ends = [t.indexOf(". ", figure.end), t.indexOf("; ", figure.end)].filter((i) => i >= 0);
  return t.slice(start, ends.length ? Math.min(...ends) : t.length);
}

/** Lower case, straight quotes and apostrophes, plain spaces. */
function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u00a0\u2009\u202f\s]+/g, " ");
}
