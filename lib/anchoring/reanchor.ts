import { MIN_CONTEXT } from "./describe-span";
import { findQuote, newSearchRun, type QuoteSearch, type SearchRun } from "./fuzzy-match";
import { changedHardTokens } from "./hard-tokens";
import { PositionMap } from "./position-map";
import type { Span, StoredAnchor } from "./selectors";
import { isWordCharAt, isWordCharBefore } from "./tokenize";
import { MAX_SPAN_LENGTH } from "./validate-span";
import { diffSimilarity, wordDiff, type WordDiffPart } from "./word-diff";

export type ReanchorState = "EXACT" | "RELOCATED" | "TEXT_CHANGED" | "AMBIGUOUS" | "ORPHANED";

/** How a placed anchor was found: through the text diff, or by searching for the quote. */
export type ReanchorMethod = "diff" | "search";

export type ReanchorResult =
  | { id: string; state: "EXACT" | "RELOCATED"; start: number; end: number; exact: string; via: ReanchorMethod }
  | {
      id: string;
      state: "TEXT_CHANGED";
      start: number;
      end: number;
      /** the text now at the span */
      exact: string;
      previousExact: string;
      diff: WordDiffPart[];
      /** figures, qualifiers and names the change removed or added (see hard-tokens.ts) */
      hardChanges: { removed: string[]; added: string[] };
      via: ReanchorMethod;
    }
  | { id: string; state: "AMBIGUOUS"; start: null; end: null; exact: null; candidates: Span[] }
  | { id: string; state: "ORPHANED"; start: null; end: null; exact: null };

/**
 * Characters of approximate quote search per run: about 200 ms on our 2-core
 * CI machine (a 200 KB scan takes ~20 ms). See SearchBudget.
 */
export const APPROXIMATE_SEARCH_BUDGET = 2_000_000;

/** Below this word-diff similarity the text the diff maps to no longer counts as the quoted passage. */
export const MIN_SIMILARITY = 0.5;

/**
 * Moves annotations from `oldText` to `newText` (offsets in UTF-16 code
 * units). Results come in the order of `anchors`.
 *
 * First, one diff old → new maps every span (position-map.ts); the text at the
 * mapped span must then be the quote (EXACT or RELOCATED) or close to it
 * (TEXT_CHANGED, with a word diff). Only when the span was deleted or
 * rewritten beyond recognition is the quote searched for (fuzzy-match.ts).
 * Any difference from the stored quote, however small, is TEXT_CHANGED: a
 * changed figure or name is never passed off as the same text.
 */
export function reanchorAll(oldText: string, newText: string, anchors: readonly StoredAnchor[]): ReanchorResult[] {
  const run = newSearchRun(newText, APPROXIMATE_SEARCH_BUDGET);
  if (oldText === newText) {
    // Fast path for re-imports of an unchanged text: no diff, one comparison per anchor.
    return anchors.map((a) =>
      trusted(oldText, a) ? placed(a, a.start, a.end, "diff") : search(newText, a, a.start, null, run),
    );
  }
  const map = new PositionMap(oldText, newText);
  return anchors.map((a) => reanchorOne(map, a, run));
}

function reanchorOne(map: PositionMap, a: StoredAnchor, run: SearchRun): ReanchorResult {
  const { newText } = map;
  if (!trusted(map.oldText, a)) return search(newText, a, Math.min(Math.max(0, a.start), newText.length), null, run);
  const start = map.mapStart(a.start);
  const end = Math.max(start, map.mapEnd(a.end));
  if (end > start) {
    // compared in place first: no substring for the thousands of anchors an edit only moved
    if (end - start === a.exact.length && newText.startsWith(a.exact, start)) return placed(a, start, end, "diff");
    const found = newText.slice(start, end);
    const slid = slideOntoQuote(map, a, start, end) ?? realignOntoQuote(map, a, start, end);
    if (slid) return placed(a, slid.start, slid.end, "diff");
    // Half the quote's length at least: less is a deletion that the diff slid against a neighbour.
    const inPlace =
      end - start <= MAX_SPAN_LENGTH &&
      2 * found.length >= a.exact.length &&
      map.changedInPlace(a.start, a.end, MIN_CONTEXT);
    const diff = closeEnough(a.exact, found) ?? (inPlace ? wordDiff(a.exact, found) : null);
    if (diff) return changed(a, start, end, found, diff, "diff");
  }
  return search(newText, a, start, map, run);
}

/** The stored offsets point at the stored quote in the old text; otherwise only the quote can be trusted. */
function trusted(oldText: string, a: StoredAnchor): boolean {
  return (
    Number.isInteger(a.start) &&
    Number.isInteger(a.end) &&
    a.start >= 0 &&
    a.start < a.end &&
    a.end - a.start === a.exact.length &&
    oldText.startsWith(a.exact, a.start)
  );
}

/**
 * When text was only inserted in and around the span (nothing removed within
 * a quote's length of it), a diff of repetitive text may interleave the
 * insertions with the quote (" 🇺🇦" + " !🇺🇦 " in front aligned as "!" inside
 * and "  🇺🇦" after), so the mapped span no longer reads as the quote. An
 * equally small diff then keeps the quote whole within the inserted length of
 * the mapped span: take the nearest such place, unless it would start or end
 * the quote inside a word where the old one did not ("12" → "120" stays a change).
 */
function slideOntoQuote(map: PositionMap, a: StoredAnchor, start: number, end: number): Span | null {
  const { oldText } = map;
  const reach = a.exact.length;
  const [lo, hi] = [Math.max(0, a.start - reach), Math.min(oldText.length, a.end + reach)];
  if (map.changesWithin(lo, hi)) return null;
  const slack = map.insertedAround(lo, hi);
  return nearestQuote(map, a, start, Math.max(0, start - slack), end + slack - reach);
}

/** Quotes at least this long are distinctive enough to be recognised a few characters from where the diff put them. */
const MIN_REALIGNED_QUOTE = 20;

/**
 * A diff of text with repeated words may align an edit next to a span on the
 * wrong copy of a word ("evacuation of hundreds of homes" → "evacuationundreds
 * of homes" keeps the first "of" and deletes the second), so the mapped span
 * starts a few characters off although the quote is untouched. When the whole
 * quote stands overlapping the mapped span, no further away than the text the
 * diff changed around it, with the same word edges, that is the span.
 */
function realignOntoQuote(map: PositionMap, a: StoredAnchor, start: number, end: number): Span | null {
  const { oldText } = map;
  if (a.exact.length < MIN_REALIGNED_QUOTE) return null;
  const slack = map.changedLengthWithin(
    Math.max(0, a.start - a.exact.length),
    Math.min(oldText.length, a.end + a.exact.length),
  );
  // only starts where the quote overlaps the mapped span [start, end) can qualify
  const first = Math.max(0, start - slack, start - a.exact.length + 1);
  return nearestQuote(map, a, start, first, Math.min(start + slack, end - 1));
}

/**
 * The quote in the new text, starting from `first` to `last`, with the same
 * word edges as in the old text, nearest to `start` (the earlier one at equal
 * distance). Only that stretch is searched: an indexOf on through the rest of
 * the text, when the quote was changed and occurs nowhere near, read up to
 * 200 KB per anchor; and the search stops once past the nearest, as a
 * rewritten text maps a span onto most of the text.
 */
function nearestQuote(map: PositionMap, a: StoredAnchor, start: number, first: number, last: number): Span | null {
  const { oldText, newText } = map;
  if (last < first) return null;
  const stretch = newText.slice(first, last + a.exact.length);
  const before = joinedBefore(oldText, a.start, a.exact);
  const after = joinedAfter(oldText, a.end, a.exact);
  let best: Span | null = null;
  for (let i = stretch.indexOf(a.exact); i !== -1; i = stretch.indexOf(a.exact, i + 1)) {
    const at = first + i;
    if (best && at - start > Math.abs(best.start - start)) break; // every later one is farther still
    const end = at + a.exact.length;
    const sameEdges = joinedBefore(newText, at, a.exact) === before && joinedAfter(newText, end, a.exact) === after;
    if (sameEdges && (!best || Math.abs(at - start) < Math.abs(best.start - start))) best = { start: at, end };
  }
  return best;
}

/** Whether `quote`, starting at `offset` of `text`, continues a word that begins before it. */
function joinedBefore(text: string, offset: number, quote: string): boolean {
  return isWordCharBefore(text, offset) && isWordCharAt(quote, 0);
}

/** Whether `quote`, ending at `offset` of `text`, stops inside a word that goes on after it. */
function joinedAfter(text: string, offset: number, quote: string): boolean {
  return isWordCharAt(text, offset) && isWordCharBefore(quote, quote.length);
}

/** The word diff when `found` is still recognisably the quote, else null (cheap length check first). */
function closeEnough(quote: string, found: string): WordDiffPart[] | null {
  const bestPossible = (2 * Math.min(quote.length, found.length)) / (quote.length + found.length);
  if (bestPossible < MIN_SIMILARITY) return null;
  const diff = wordDiff(quote, found);
  return diffSimilarity(diff) >= MIN_SIMILARITY ? diff : null;
}

function search(
  newText: string,
  a: StoredAnchor,
  hint: number,
  map: PositionMap | null,
  run: SearchRun,
): ReanchorResult {
  const margin = a.exact.length;
  const window = { start: Math.max(0, hint - 512 - margin), end: Math.min(newText.length, hint + 512 + 2 * margin) };
  // Without a diff (untrusted offsets) the quote could be anywhere: search it all.
  const regions = () =>
    map ? mergeRegions([window, ...map.insertedRegions(margin)]) : [{ start: 0, end: newText.length }];
  const result = findQuote(newText, { exact: a.exact, prefix: a.prefix, suffix: a.suffix, hint }, regions, run);
  if (map && result.kind === "found" && !couldBeTheSpan(map, a, result, window))
    return { id: a.id, state: "ORPHANED", start: null, end: null, exact: null };
  return fromSearch(newText, a, result);
}

/**
 * Whether a search result can be where the span went. New text that is the
 * diff's image of unchanged old text is the image of some other passage: a
 * deleted sentence found again there is an identical copy elsewhere (repeated
 * paragraphs), not the sentence. So the result must hold new text; far from
 * where the diff maps the span's surroundings (outside the search window), only
 * as a move: the quote itself, unchanged, and mostly inside new text.
 */
function couldBeTheSpan(
  map: PositionMap,
  a: StoredAnchor,
  found: { start: number; end: number },
  window: Span,
): boolean {
  const length = found.end - found.start;
  const fresh = map.newTextWithin(found.start, found.end);
  if (fresh === 0) return false;
  const near = found.start >= window.start && found.end <= window.end;
  return near || (map.newText.slice(found.start, found.end) === a.exact && 2 * fresh >= length);
}

function fromSearch(newText: string, a: StoredAnchor, result: QuoteSearch): ReanchorResult {
  if (result.kind === "none") return { id: a.id, state: "ORPHANED", start: null, end: null, exact: null };
  if (result.kind === "ambiguous")
    return { id: a.id, state: "AMBIGUOUS", start: null, end: null, exact: null, candidates: result.candidates };
  const found = newText.slice(result.start, result.end);
  if (found === a.exact) return placed(a, result.start, result.end, "search");
  return changed(a, result.start, result.end, found, wordDiff(a.exact, found), "search");
}

/** Placed on text equal to the stored quote. */
function placed(a: StoredAnchor, start: number, end: number, via: ReanchorMethod): ReanchorResult {
  const state = start === a.start && end === a.end ? "EXACT" : "RELOCATED";
  return { id: a.id, state, start, end, exact: a.exact, via };
}

function changed(
  a: StoredAnchor,
  start: number,
  end: number,
  found: string,
  diff: WordDiffPart[],
  via: ReanchorMethod,
): ReanchorResult {
  return {
    id: a.id,
    state: "TEXT_CHANGED",
    start,
    end,
    exact: found,
    previousExact: a.exact,
    diff,
    hardChanges: changedHardTokens(diff),
    via,
  };
}

function mergeRegions(regions: Span[]): Span[] {
  const sorted = [...regions].sort((x, y) => x.start - y.start);
  const merged: Span[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
