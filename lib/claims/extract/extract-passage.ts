import type { ValueQualifier } from "@/lib/generated/prisma/enums";
import { findEventDate } from "./find-event-date";
import { findFigures } from "./find-figures";
import { findQuotes } from "./find-quotes";

export interface ExtractedFigure {
  /** The figure as written: "at least 12", "dozens of", "between 10 and 15" (clipped to the passage). */
  text: string;
  /** UTF-16 offsets relative to the passage: passage.slice(start, end) === text. */
  start: number;
  end: number;
  /** Equal for a single number; a range "10 to 15" gives 10 and 15. */
  valueLow: number;
  valueHigh: number;
  qualifier: ValueQualifier;
  /** The words that gave the qualifier ("at least", "dozens of", "or more"); null when EXACT. May lie just outside the passage. */
  qualifierText: string | null;
  /** "percent", an ISO 4217 code, or null. */
  unit: string | null;
  /** The normalized metric (normalizeMetric): "killed", "injured", "missiles", "ballistic missiles"…; null when unknown or contradictory. */
  metric: string | null;
}

export interface ExtractedQuote {
  /** The quoted words inside the passage, without quotation marks. */
  text: string;
  /** The name as written ("Trump", "Volodymyr Zelensky"), else a role ("the minister"); null for a pronoun or no attribution. */
  speaker: string | null;
  /** True when the passage holds only part of the quotation. */
  partial: boolean;
}

export interface PassageExtraction {
  figures: ExtractedFigure[];
  quotes: ExtractedQuote[];
  /** YYYY-MM-DD: a day the passage (or its sentence) names, else the dateline's, else the publication day; null if none. */
  eventDate: string | null;
}

/** How far around the passage its paragraph is read, so a 100 KB paragraph costs no more than its passage. */
const CONTEXT_REACH = 2000;

/**
 * Pure: what a passage states — its figures, its quotations with their
 * speakers, and the day of the event. `span` is the whole article version
 * text with the passage's UTF-16 offsets; the words around the passage (same
 * sentence, same paragraph) complete what it cuts off: "[12 people] were
 * killed", a passage inside quotation marks, the attribution after a quote.
 * Never throws: offsets are clamped to the text, any string is read.
 */
export function extractPassage(
  span: { text: string; start: number; end: number },
  article: { publishedAt: Date | null },
): PassageExtraction {
  const { text, start, end, paragraphs } = readSpan(span);
  return {
    figures: figuresIn(text, paragraphs, start, end),
    quotes: findQuotes(text, paragraphs, start, end),
    eventDate: findEventDate(text, paragraphs, start, end, article.publishedAt),
  };
}

/**
 * Pure: extractPassage's figures alone, for a caller that compares nothing
 * else (the import check): the quotes and the event day are most of the work.
 */
export function extractFigures(span: { text: string; start: number; end: number }): ExtractedFigure[] {
  const { text, start, end, paragraphs } = readSpan(span);
  return figuresIn(text, paragraphs, start, end);
}

/** Pure: extractPassage's quotes alone (the import check, for a sentence it compares with a checked quote). */
export function extractQuotes(span: { text: string; start: number; end: number }): ExtractedQuote[] {
  const { text, start, end, paragraphs } = readSpan(span);
  return findQuotes(text, paragraphs, start, end);
}

function readSpan(span: { text: string; start: number; end: number }) {
  const text = typeof span.text === "string" ? span.text : "";
  const start = clamp(span.start, 0, text.length);
  const end = clamp(span.end, start, text.length);
  return { text, start, end, paragraphs: paragraphsAround(text, start, end) };
}

function figuresIn(text: string, paragraphs: { start: number; end: number }[], start: number, end: number) {
  const contextStart = paragraphs[0]!.start;
  const contextEnd = paragraphs.at(-1)!.end;
  return findFigures(text.slice(contextStart, contextEnd), start - contextStart, end - contextStart);
}

function clamp(n: number, low: number, high: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.floor(n), low), high) : low;
}

/** The paragraphs (lines) the passage touches, each cut to CONTEXT_REACH around the passage. */
function paragraphsAround(text: string, start: number, end: number): { start: number; end: number }[] {
  const from = Math.max(0, start - CONTEXT_REACH);
  const to = Math.min(text.length, end + CONTEXT_REACH);
  const firstBreak = start > 0 ? text.lastIndexOf("\n", start - 1) : -1;
  const lastBreak = text.indexOf("\n", end);
  const contextStart = firstBreak >= from ? firstBreak + 1 : from;
  const contextEnd = lastBreak >= 0 && lastBreak <= to ? lastBreak : to;
  const paragraphs: { start: number; end: number }[] = [];
  let at = contextStart;
  for (let i = text.indexOf("\n", at); i >= 0 && i < contextEnd; i = text.indexOf("\n", at)) {
    paragraphs.push({ start: at, end: i });
    at = i + 1;
  }
  paragraphs.push({ start: at, end: Math.max(at, contextEnd) });
  return paragraphs;
}
