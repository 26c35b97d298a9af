import { splitSentences } from "@/lib/claims/split-sentences";
import type { ExtractedQuote } from "./extract-passage";
import { findQuotations, type Quotation } from "./find-quotations";
import { findSpeaker } from "./find-speaker";

/**
 * The quotations a passage holds, whole or in part, with their speakers, read
 * in the paragraphs around it: a passage that sits inside quotation marks, or
 * cuts a quotation, still holds quoted words.
 *
 * - text: the quoted words inside the passage, widened to whole words, without
 *   the marks and without the comma that hands over to the attribution
 *   (`“…,” he said`); partial when the passage holds only part of them;
 * - speaker: see findSpeaker; a quotation without an attribution of its own
 *   continues the previous one of the paragraph when little else lies between
 *   them (`“…,” Trump wrote. “…”` — both Trump's). Nothing further: a speaker
 *   named two paragraphs up is not guessed.
 */
const ATTRIBUTION_REACH = 300;
const CONTINUATION_REACH = 200;
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;

interface Paragraph {
  start: number;
  end: number;
}

/** Pure: the quotes of text[from, to), reading `paragraphs` (which cover the passage) for context. */
export function findQuotes(text: string, paragraphs: Paragraph[], from: number, to: number): ExtractedQuote[] {
  const quotes: ExtractedQuote[] = [];
  for (const paragraph of paragraphs) {
    const quotations = findQuotations(text, paragraph.start, paragraph.end);
    if (!quotations.some((q) => overlaps(q, from, to))) continue;
    const sentenceStarts = splitSentences(text.slice(paragraph.start, paragraph.end)).map(
      (s) => paragraph.start + s.start,
    );
    let previous: { quotation: Quotation; speaker: string | null } | null = null;
    quotations.forEach((quotation, i) => {
      const speaker = speakerOf(text, paragraph, quotations, i, sentenceStarts, previous);
      previous = { quotation, speaker };
      const quote = overlaps(quotation, from, to) ? quotedWords(text, quotation, from, to) : null;
      if (quote) quotes.push({ ...quote, speaker });
    });
  }
  return quotes;
}

function overlaps(q: Quotation, from: number, to: number): boolean {
  return q.innerStart < to && q.innerEnd > from;
}

function speakerOf(
  text: string,
  paragraph: Paragraph,
  quotations: Quotation[],
  i: number,
  sentenceStarts: number[],
  previous: { quotation: Quotation; speaker: string | null } | null,
): string | null {
  const quotation = quotations[i]!;
  const sentenceStart = sentenceStarts.filter((s) => s <= quotation.open).at(-1) ?? paragraph.start;
  const beforeStart = Math.max(
    sentenceStart,
    previous?.quotation.close ?? paragraph.start,
    quotation.open - ATTRIBUTION_REACH,
  );
  const afterEnd = Math.min(
    quotations[i + 1]?.open ?? paragraph.end,
    paragraph.end,
    quotation.close + ATTRIBUTION_REACH,
  );
  const next = quotations[i + 1];
  const after = text.slice(quotation.close, afterEnd);
  const layout = {
    closesSentence: /(?<!\.)\.$/u.test(text.slice(quotation.innerStart, quotation.innerEnd).trimEnd()),
    leadsIntoNext: next !== undefined && afterEnd === next.open && !/[.!?]/u.test(after),
  };
  const attribution = findSpeaker(text.slice(beforeStart, quotation.open), after, layout);
  if (attribution) return attribution.speaker;
  if (previous?.speaker && quotation.open - previous.quotation.close <= CONTINUATION_REACH) return previous.speaker;
  return null;
}

/** The quotation's words inside the passage, or null when it holds none. */
function quotedWords(
  text: string,
  quotation: Quotation,
  from: number,
  to: number,
): Omit<ExtractedQuote, "speaker"> | null {
  const inner = text.slice(quotation.innerStart, quotation.innerEnd);
  const innerStart = quotation.innerStart + (inner.length - inner.trimStart().length);
  const innerEnd = quotation.innerStart + inner.trimEnd().length;
  let start = Math.max(innerStart, from);
  let end = Math.min(innerEnd, to);
  if (end <= start) return null;
  // A selection that cuts a word holds the word: widen to whole words inside the quotation.
  while (start > innerStart && WORD_CHAR.test(text[start - 1]!)) start--;
  while (end < innerEnd && WORD_CHAR.test(text[end]!)) end++;
  const words = text.slice(start, end).trim().replace(/,$/u, "");
  if (!/[\p{L}\p{N}]/u.test(words)) return null;
  // Partial when words of the quotation lie outside the passage; its closing punctuation does not count.
  const outside = text.slice(innerStart, start) + text.slice(end, innerEnd);
  return { text: words, partial: /[\p{L}\p{N}]/u.test(outside) };
}
