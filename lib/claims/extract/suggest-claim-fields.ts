import type { ValueQualifier } from "@/lib/generated/prisma/enums";
import type { PassageExtraction } from "./extract-passage";

export interface ClaimFieldsSuggestion {
  /** The passage's words, whitespace collapsed; a passage of quoted words comes back as “…”. At most MAX_STATEMENT characters. */
  statement: string;
  /** The speaker of the first quote that names one. */
  claimant: string | null;
  metric: string | null;
  valueLow: number | null;
  valueHigh: number | null;
  qualifier: ValueQualifier | null;
  unit: string | null;
  eventDate: string | null;
}

export const MAX_STATEMENT = 1000;
const MARKS = /^[\s"“”„«»‘’']+|[\s"“”„«»‘’',]+$/gu;

/**
 * Pure: the fields of a new claim, prefilled from a selected passage so that
 * nothing is blank when the passage states a figure or a quote. The value
 * comes from the first figure with a metric (a count of something), else the
 * first figure; the editor confirms or edits every field.
 */
export function suggestClaimFields(exact: string, extraction: PassageExtraction): ClaimFieldsSuggestion {
  const words = exact.replace(/\s+/gu, " ").trim();
  const unquoted = words.replace(MARKS, "");
  const isQuote = unquoted !== "" && extraction.quotes.some((quote) => quote.text.replace(/\s+/gu, " ") === unquoted);
  const figure = extraction.figures.find((f) => f.metric !== null) ?? extraction.figures[0];
  return {
    statement: isQuote ? `“${truncate(unquoted, MAX_STATEMENT - 2)}”` : truncate(words, MAX_STATEMENT),
    claimant: extraction.quotes.find((quote) => quote.speaker !== null)?.speaker ?? null,
    metric: figure?.metric ?? null,
    valueLow: figure?.valueLow ?? null,
    valueHigh: figure?.valueHigh ?? null,
    qualifier: figure?.qualifier ?? null,
    unit: figure?.unit ?? null,
    eventDate: extraction.eventDate,
  };
}

/** Cut at a word boundary (never inside a surrogate pair), with "…" marking the cut. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.lastIndexOf(" ", max - 1);
  if (cut < max / 2) cut = max - 1;
  const previous = text.charCodeAt(cut - 1);
  if (previous >= 0xd800 && previous <= 0xdbff) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}
