import { foldText } from "@/lib/anchoring/fold-text";
import { findNumbers } from "@/lib/claims/find-numbers";
import { findQualifier, joinRange, metricOf, type Figure } from "@/lib/claims/parse-value";
import type { ValueQualifier } from "@/lib/generated/prisma/enums";
import type { ExtractedFigure } from "./extract-passage";
import { findIndefiniteCounts } from "./find-indefinite-counts";

/**
 * The figures a passage states, read with the words around them: a qualifier
 * or a metric just outside the selection ("at least [12 people] were killed")
 * still belongs to the figure, because the article states it.
 *
 * The rules for one figure are parseClaimValue's (qualifier words, ranges,
 * metrics); this module adds what a passage with several figures needs:
 * - each number, range ("10 to 15") or indefinite count ("dozens of") is a figure;
 * - a qualifier written once before a list distributes over it: "about 70
 *   missiles and 150 drones" is about 70 and about 150, "at least 12 dead and
 *   90 injured" at least both. Writers put the qualifier once, and reading the
 *   second figure as exact would flag "148 drones" elsewhere as another figure.
 *   Only a bare list distributes (the figures joined by "and" or a comma, with
 *   at most three words between): in "killing at least 12 people and injuring
 *   90" the verb starts a new phrase and 90 stays exact.
 */
/** Reach of the sentence read around a figure for a casualty word ("the death toll rose to 12"). */
const WINDOW = 300;
/** Reach of the words right before and after a figure (qualifier, counted noun); short so many figures stay cheap. */
const NEAR = 80;
const LIST_GAP = /^((?:\s+[\p{L}-]+){0,3})\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;
const NOT_IN_A_LIST = new Set(
  "were was are is be been have has had will would while as when after before but including of in on at from by to with".split(
    " ",
  ),
);

interface Candidate extends Figure {
  /** The figure's words, qualifier included; start/end are the number's. */
  spanStart: number;
  spanEnd: number;
  qualifier: ValueQualifier;
  qualifierText: string | null;
  /** Where the qualifier came from; an indefinite count carries its own. */
  source: "none" | "before" | "after" | "list" | "indefinite";
}

/**
 * Pure: the figures of `context` whose number lies in [from, to), with offsets
 * relative to `from` and clipped to the passage. `context` is the passage's
 * paragraph; offsets are UTF-16 code units.
 */
export function findFigures(context: string, from: number, to: number): ExtractedFigure[] {
  if (from >= to) return [];
  const t = foldText(context);
  const candidates = numbersAndRanges(t).filter((f) => f.end > from - WINDOW && f.start < to);
  const figures: ExtractedFigure[] = [];
  let previous: Candidate | null = null;
  for (const figure of candidates) {
    const candidate = withQualifier(context, t, figure, previous);
    previous = candidate;
    if (candidate.end <= from || candidate.start >= to) continue;
    const start = Math.max(candidate.spanStart, from);
    const end = Math.min(candidate.spanEnd, to);
    figures.push({
      text: context.slice(start, end),
      start: start - from,
      end: end - from,
      valueLow: candidate.low,
      valueHigh: candidate.high,
      qualifier: candidate.qualifier,
      qualifierText: candidate.qualifierText,
      unit: candidate.unit ?? null,
      metric: metricAround(t, candidate) ?? null,
    });
  }
  return figures;
}

/** Numbers, pairs of numbers that write a range, and indefinite counts, in text order. */
function numbersAndRanges(t: string): Candidate[] {
  const numbers = findNumbers(t);
  const found: Candidate[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const a = numbers[i]!;
    const next = numbers[i + 1];
    const range = next ? joinRange(t, a, next) : null;
    if (range) i++;
    const figure = range ?? { start: a.start, end: a.end, low: a.value, high: a.value, unit: a.unit };
    if (Number.isFinite(figure.low) && Number.isFinite(figure.high)) found.push(bare(figure));
  }
  for (const count of findIndefiniteCounts(t)) {
    if (found.some((f) => f.start < count.end && count.start < f.end)) continue;
    const figure = bare({ start: count.start, end: count.end, low: count.value, high: count.value });
    found.push({ ...figure, qualifier: "AT_LEAST", qualifierText: count.text, source: "indefinite" });
  }
  return found.sort((a, b) => a.start - b.start);
}

function bare(figure: Figure): Candidate {
  return {
    ...figure,
    spanStart: figure.start,
    spanEnd: figure.end,
    qualifier: "EXACT",
    qualifierText: null,
    source: "none",
  };
}

/** The qualifier of the figure: its own words, else the one of the list it continues. */
function withQualifier(context: string, t: string, figure: Candidate, previous: Candidate | null): Candidate {
  if (figure.source === "indefinite") return { ...figure, qualifierText: context.slice(figure.start, figure.end) };
  const windowStart = Math.max(0, figure.start - NEAR);
  const before = t.slice(windowStart, figure.start).trimEnd();
  const after = t.slice(figure.end, figure.end + NEAR);
  // "between 10 and 15": the word belongs to the figure as written.
  const between = figure.high > figure.low ? /\bbetween$/.exec(before) : null;
  const spanStart = between ? windowStart + between.index : figure.start;
  const own = findQualifier(before, after);
  if (own?.side === "before") {
    const at = windowStart + own.index;
    return {
      ...figure,
      spanStart: at,
      qualifier: own.qualifier,
      qualifierText: context.slice(at, at + own.text.length),
      source: "before",
    };
  }
  if (own?.side === "after") {
    const end = figure.end + own.index + own.text.length;
    return {
      ...figure,
      spanStart,
      spanEnd: end,
      qualifier: own.qualifier,
      qualifierText: context.slice(end - own.text.length, end),
      source: "after",
    };
  }
  if (previous && continuesList(t.slice(previous.end, spanStart), previous)) {
    return {
      ...figure,
      spanStart,
      qualifier: previous.qualifier,
      qualifierText: previous.qualifierText,
      source: "list",
    };
  }
  return { ...figure, spanStart };
}

function continuesList(gap: string, previous: Candidate): boolean {
  if (previous.source !== "before" && previous.source !== "list") return false;
  const match = LIST_GAP.exec(gap);
  if (!match) return false;
  return match[1]!
    .trim()
    .split(/\s+/)
    .every((word) => !NOT_IN_A_LIST.has(word));
}

/** parseClaimValue's metric rule, on a bounded window so a long passage stays linear. */
function metricAround(t: string, figure: Candidate): string | undefined | null {
  const windowStart = Math.max(0, figure.start - WINDOW);
  const local = t.slice(windowStart, figure.end + WINDOW);
  const at = { ...figure, start: figure.start - windowStart, end: figure.end - windowStart };
  return metricOf(
    local,
    at,
    local.slice(Math.max(0, at.start - NEAR), at.start).trimEnd(),
    local.slice(at.end, at.end + NEAR),
  );
}
