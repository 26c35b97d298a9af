/**
 * Scoring figure extraction against labels placed in a text: a found figure
 * matches a label when its span holds the labelled number and its value (both
 * ends of a range) is the label's; a full match also needs the qualifier and
 * the metric (normalized both sides, so "dead" = "killed"). One found figure
 * matches at most one label. Precision counts found figures, recall labels.
 */
import { extractPassage } from "@/lib/claims/extract/extract-passage";
import { normalizeMetric } from "@/lib/claims/normalize-metric";
import { splitSentences } from "@/lib/claims/split-sentences";
import type { ValueQualifier } from "@/lib/generated/prisma/enums";
import type { ExpectedFigure } from "./integrity-articles";

/** A label with the absolute offset of its number. */
export interface PlacedLabel extends Omit<ExpectedFigure, "at" | "nth"> {
  offset: number;
}

/** A figure as an extractor reads it, with absolute offsets of its words. */
export interface FoundFigure {
  start: number;
  end: number;
  valueLow: number;
  valueHigh: number;
  qualifier: ValueQualifier;
  metric: string | null;
}

export interface FigureScore {
  found: number;
  labels: number;
  /** pairs (found figure, label) matched one to one: value only / value, qualifier and metric */
  valueMatched: number;
  fullMatched: number;
  /** labels not fully matched, and found figures matching no label in full */
  misses: { offset: number; expected: string; got: string }[];
  falsePositives: { offset: number; got: string }[];
}

/** The figures extractPassage reads, sentence by sentence (as suggestions and annotations read them). */
export function extractFigures(text: string): FoundFigure[] {
  const found = new Map<string, FoundFigure>();
  for (const sentence of splitSentences(text)) {
    const { figures } = extractPassage({ text, start: sentence.start, end: sentence.end }, { publishedAt: null });
    for (const f of figures) {
      const start = sentence.start + f.start;
      found.set(`${start}:${f.valueLow}`, {
        start,
        end: sentence.start + f.end,
        valueLow: f.valueLow,
        valueHigh: f.valueHigh,
        qualifier: f.qualifier,
        metric: f.metric,
      });
    }
  }
  return [...found.values()];
}

/**
 * The baseline: every run of digits is a figure ("1,200" → 1200, "12.4" →
 * 12.4), exact, counting the word right after it. Number words, qualifiers,
 * ranges and dates are not read.
 */
export function naiveFigures(text: string): FoundFigure[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => {
    const next = /^\s*%?\s*([\p{L}-]+)/u.exec(text.slice(m.index + m[0].length))?.[1]?.toLowerCase() ?? null;
    const value = Number(m[0].replace(/,/g, ""));
    return {
      start: m.index,
      end: m.index + m[0].length,
      valueLow: value,
      valueHigh: value,
      qualifier: "EXACT",
      metric: next,
    };
  });
}

export function scoreFigures(found: FoundFigure[], labels: PlacedLabel[]): FigureScore {
  const value = matchAll(found, labels, valueMatches);
  const full = matchAll(found, labels, (f, l) => valueMatches(f, l) && qualifierMatches(f, l) && metricMatches(f, l));
  const holding = (l: PlacedLabel) => found.filter((f) => holds(f, l.offset));
  return {
    found: found.length,
    labels: labels.length,
    valueMatched: value.size,
    fullMatched: full.size,
    misses: labels
      .filter((l) => ![...full.values()].includes(l))
      .map((l) => ({
        offset: l.offset,
        expected: describeLabel(l),
        got: holding(l).map(describeFound).join("; ") || "nothing",
      })),
    falsePositives: found
      .filter((f) => !full.has(f) && !labels.some((l) => holds(f, l.offset)))
      .map((f) => ({ offset: f.start, got: describeFound(f) })),
  };
}

/** Sums scores of several texts. */
export function addScores(scores: FigureScore[]): FigureScore {
  const sum = (key: "found" | "labels" | "valueMatched" | "fullMatched") => scores.reduce((n, s) => n + s[key], 0);
  return {
    found: sum("found"),
    labels: sum("labels"),
    valueMatched: sum("valueMatched"),
    fullMatched: sum("fullMatched"),
    misses: scores.flatMap((s) => s.misses),
    falsePositives: scores.flatMap((s) => s.falsePositives),
  };
}

/** One-to-one: each label takes the first unused found figure that matches it. */
function matchAll(
  found: FoundFigure[],
  labels: PlacedLabel[],
  matches: (f: FoundFigure, l: PlacedLabel) => boolean,
): Map<FoundFigure, PlacedLabel> {
  const used = new Map<FoundFigure, PlacedLabel>();
  for (const label of labels) {
    const hit = found.find((f) => !used.has(f) && holds(f, label.offset) && matches(f, label));
    if (hit) used.set(hit, label);
  }
  return used;
}

function holds(f: FoundFigure, offset: number): boolean {
  return f.start <= offset && offset < f.end;
}

function valueMatches(f: FoundFigure, l: PlacedLabel): boolean {
  const [low, high] = Array.isArray(l.value) ? l.value : [l.value, l.value];
  return close(f.valueLow, low) && close(f.valueHigh, high);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

function qualifierMatches(f: FoundFigure, l: PlacedLabel): boolean {
  return ([] as ValueQualifier[]).concat(l.qualifier).includes(f.qualifier);
}

function metricMatches(f: FoundFigure, l: PlacedLabel): boolean {
  const key = (m: string | null) => (m?.trim() ? normalizeMetric(m) : null);
  return ([] as (string | null)[]).concat(l.metric).some((m) => key(m) === key(f.metric));
}

function describeLabel(l: Pick<PlacedLabel, "value" | "qualifier" | "metric">): string {
  const value = Array.isArray(l.value) ? `${l.value[0]}–${l.value[1]}` : String(l.value);
  return `${value} ${([] as string[]).concat(l.qualifier).join("|")} ${([] as (string | null)[])
    .concat(l.metric)
    .map((m) => m ?? "(no metric)")
    .join("|")}`;
}

function describeFound(f: FoundFigure): string {
  const value = f.valueHigh > f.valueLow ? `${f.valueLow}–${f.valueHigh}` : String(f.valueLow);
  return `${value} ${f.qualifier} ${f.metric ?? "(no metric)"}`;
}
