import approxSearch from "approx-string-match";
import { contextSimilarityAt } from "./context-similarity";
import { MIN_CONTEXT } from "./describe-span";
import { ExactIndex } from "./exact-index";
import type { Span } from "./selectors";

/**
 * Quote search for anchors the diff could not place, after Hypothesis's
 * `match-quote.ts`: candidates are ranked by how well the quote, the text
 * before it and the text after it match, with closeness to the expected
 * position only breaking ties. Unlike Hypothesis, which always returns its
 * best guess, we refuse to guess: near-equal candidates are "ambiguous", and
 * weak ones are "none", because a fact-check pinned to the wrong sentence is
 * worse than one shown as orphaned.
 */
export interface QuoteQuery {
  exact: string;
  prefix: string;
  suffix: string;
  /** expected start in the searched text */
  hint: number;
}

export type QuoteSearch =
  | { kind: "found"; start: number; end: number; score: number }
  | { kind: "ambiguous"; candidates: Span[] }
  | { kind: "none" };

interface Match extends Span {
  errors: number;
}

interface Candidate extends Match {
  score: number;
  /** matching quote and context characters */
  evidence: number;
  nearness: number;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20 };
const WEIGHT_SUM = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix;
/** Candidates within this much (on a 0–1 scale) of the best one make the match ambiguous. */
export const AMBIGUITY_MARGIN = 0.03;
/**
 * Below this score a candidate is too weak to move an annotation to: an exact
 * quote with unrelated context just passes (0.56); a quote with more than
 * 10% errors needs some of its context to match as well.
 */
export const MIN_SCORE = 0.5;
/**
 * Characters of evidence a candidate needs: its matching quote characters plus
 * its matching context characters. A 40-character sentence is evidence on its
 * own; a bare "12" also needs about a full 32-character prefix or suffix to
 * match, so it is never moved onto some other 12.
 */
export const MIN_EVIDENCE = 32;
/** Quotes shorter than this are only searched exactly: with a few errors allowed they match almost anywhere. */
const MIN_APPROX_QUOTE = 10;
const MAX_CANDIDATES = 500;
const SHORTLIST = 16;

/**
 * Characters an approximate search may still scan. Shared by all the anchors
 * of one re-anchoring run and counted in characters, not time, so results stay
 * the same on every machine: once spent (a text rewritten from end to end,
 * thousands of lost anchors at ~20 ms per 200 KB scan), the remaining anchors
 * are only searched exactly, which still finds every quote that moved intact.
 */
export interface SearchBudget {
  chars: number;
}

/**
 * Finds `query.exact` in `text`, like Hypothesis: exact occurrences first,
 * everywhere (through the run's ExactIndex); only if none of them is good
 * enough, approximate ones, and only inside `regions` (a function is asked
 * for them only then). Pass one SearchRun to all the searches of a
 * re-anchoring run so they share its index and budget.
 */
export function findQuote(
  text: string,
  query: QuoteQuery,
  regions: Span[] | (() => Span[]),
  run: SearchRun = newSearchRun(text),
): QuoteSearch {
  if (query.exact === "") return { kind: "none" };
  if (run.index.text !== text) throw new Error("findQuote: the search run belongs to another text");
  const exact = rank(text, query, exactMatches(run.index, query.exact, query.hint));
  if (exact.kind !== "none" || query.exact.length < MIN_APPROX_QUOTE) return exact;
  const spans = typeof regions === "function" ? regions() : regions;
  return rank(text, query, approximateMatches(text, query.exact, spans, run.budget));
}

/** State shared by the searches of one re-anchoring run over one text. */
export interface SearchRun {
  index: ExactIndex;
  budget: SearchBudget;
}

export function newSearchRun(text: string, approximateChars = Infinity): SearchRun {
  return { index: new ExactIndex(text), budget: { chars: approximateChars } };
}

function rank(text: string, query: QuoteQuery, matches: Match[]): QuoteSearch {
  const candidates = distinct(shortlist(text, query, matches).map((m) => score(text, query, m)));
  const best = candidates[0];
  if (!best || !acceptable(best)) return { kind: "none" };
  const rivals = candidates.filter((c) => c.score >= best.score - AMBIGUITY_MARGIN);
  if (rivals.length > 1)
    return {
      kind: "ambiguous",
      candidates: rivals.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start),
    };
  return { kind: "found", start: best.start, end: best.end, score: best.score };
}

function approximateMatches(text: string, quote: string, regions: Span[], budget: SearchBudget): Match[] {
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const found: Match[] = [];
  for (const region of regions) {
    const size = region.end - region.start;
    if (size > budget.chars) break;
    budget.chars -= size;
    for (const m of approxSearch(text.slice(region.start, region.end), quote, maxErrors)) {
      found.push({ start: m.start + region.start, end: m.end + region.start, errors: m.errors });
    }
  }
  return found;
}

/** Every exact occurrence; past MAX_CANDIDATES, the ones nearest the expected position. */
function exactMatches(index: ExactIndex, quote: string, hint: number): Match[] {
  const starts = index.find(quote);
  const kept = starts.length > MAX_CANDIDATES ? nearest(starts, hint, MAX_CANDIDATES) : starts;
  return kept.map((start) => ({ start, end: start + quote.length, errors: 0 }));
}

/**
 * The `count` ascending `starts` nearest `hint`, nearest first (the left one
 * first at equal distance): the order a stable sort by distance gives, read
 * outwards from the hint instead of sorting thousands of starts of a "the".
 */
function nearest(starts: readonly number[], hint: number, count: number): number[] {
  let right = firstAtOrAfter(starts, hint);
  let left = right - 1;
  const picked: number[] = [];
  while (picked.length < count && (left >= 0 || right < starts.length)) {
    const takeLeft = right >= starts.length || (left >= 0 && hint - starts[left]! <= starts[right]! - hint);
    picked.push(takeLeft ? starts[left--]! : starts[right++]!);
  }
  return picked;
}

/** Index of the first of the ascending `starts` at or after `offset` (their length if none). */
function firstAtOrAfter(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A common quote ("the", a name) can have hundreds of candidates. They are
 * first ranked by how many characters right next to them agree with the
 * stored context (no allocation, a few comparisons each); only the best, with
 * their ties up to a cap (nearest the expected place first), get the full
 * comparison. Measured: scoring every candidate in full made a 5,000-anchor
 * rewrite spend over a second here.
 */
function shortlist(text: string, query: QuoteQuery, matches: Match[]): Match[] {
  if (matches.length <= SHORTLIST) return matches;
  const agree = matches.map((m) => adjacentAgreement(text, query, m) - m.errors);
  // The SHORTLIST-th best agreement, from a numeric sort; only the candidates that reach it are sorted in full.
  const cut = Int32Array.from(agree).sort()[matches.length - SHORTLIST]!;
  const far = (i: number) => Math.abs(matches[i]!.start - query.hint);
  return agree
    .flatMap((a, i) => (a >= cut ? [i] : []))
    .sort((i, j) => agree[j]! - agree[i]! || far(i) - far(j))
    .slice(0, 2 * SHORTLIST)
    .map((i) => matches[i]!);
}

/** Characters next to the match, up to MIN_CONTEXT on each side, equal to the stored context's nearest ones. */
function adjacentAgreement(text: string, query: QuoteQuery, m: Match): number {
  const { prefix, suffix } = query;
  const reach = MIN_CONTEXT; // read once: under tsx an imported constant is a getter call
  let before = 0;
  while (
    before < reach &&
    before < prefix.length &&
    text.charCodeAt(m.start - 1 - before) === prefix.charCodeAt(prefix.length - 1 - before)
  )
    before++;
  let after = 0;
  while (after < reach && after < suffix.length && text.charCodeAt(m.end + after) === suffix.charCodeAt(after)) after++;
  return before + after;
}

function score(text: string, query: QuoteQuery, match: Match): Candidate {
  const quote = 1 - match.errors / query.exact.length;
  const prefixFrom = Math.max(0, match.start - query.prefix.length);
  const prefix = contextSimilarityAt(query.prefix, text, prefixFrom, match.start, "before");
  const suffixTo = Math.min(text.length, match.end + query.suffix.length);
  const suffix = contextSimilarityAt(query.suffix, text, match.end, suffixTo, "after");
  return {
    start: match.start,
    end: match.end,
    errors: match.errors,
    score: (WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix) / WEIGHT_SUM,
    evidence: quote * query.exact.length + prefix * query.prefix.length + suffix * query.suffix.length,
    nearness: -Math.abs(match.start - query.hint),
  };
}

/** Best first; overlapping candidates are the same place found twice, so only the best of them stays. */
function distinct(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => b.score - a.score || b.nearness - a.nearness);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept;
}

function acceptable(c: Candidate): boolean {
  if (c.score < MIN_SCORE) return false;
  return c.evidence >= MIN_EVIDENCE;
}
