import { eventDay } from "./event-day";
import { splitSentences } from "@/lib/claims/split-sentences";
import { findDateMentions } from "./find-date-mentions";

/**
 * The day of the event a passage reports, in order:
 * 1. the first day the passage names ("on 4 July 2025", "on Monday" resolved
 *    against the publication day);
 * 2. else the first day its sentence names: a selection rarely includes the
 *    "On Monday," that opens the sentence, yet the sentence states it;
 * 3. else the article's dateline ("KYIV, July 4 (Reuters) —" on the first line);
 * 4. else the publication day (UTC calendar day, as eventDay stores it).
 * Days after "since", "until", "by", "next"… are not the event's (see findDateMentions).
 */
const DATELINE_PREFIX = /^\s*(?:[\p{Lu}][\p{L}\p{M}'’. -]*,\s*){0,2}$/u;
const DATELINE_SUFFIX = /^\s*(?:\([^)]{1,40}\)\s*)?(?:[-—–:|]|$)/u;
const FIRST_LINE = 200;

/** Pure: the event day of text[start, end) (see above), or null. */
export function findEventDate(
  text: string,
  paragraphs: { start: number; end: number }[],
  start: number,
  end: number,
  publishedAt: Date | null,
): string | null {
  const reference = publishedAt instanceof Date ? publishedAt : null;
  const inPassage = findDateMentions(text.slice(start, end), reference)[0];
  if (inPassage) return inPassage.day;
  const sentence = sentenceAround(text, paragraphs, start, end);
  const inSentence = findDateMentions(text.slice(sentence.start, sentence.end), reference)[0];
  if (inSentence) return inSentence.day;
  return datelineDay(text, reference) ?? eventDay(reference);
}

function sentenceAround(
  text: string,
  paragraphs: { start: number; end: number }[],
  start: number,
  end: number,
): { start: number; end: number } {
  const first = paragraphs[0]!;
  const last = paragraphs.at(-1)!;
  const head = splitSentences(text.slice(first.start, Math.min(start + 1, first.end)));
  const tail = splitSentences(text.slice(Math.max(end - 1, last.start), last.end));
  const sentenceStart = first.start + (head.at(-1)?.start ?? 0);
  const sentenceEnd = Math.max(end - 1, last.start) + (tail[0]?.end ?? 0);
  return { start: Math.min(sentenceStart, start), end: Math.max(sentenceEnd, end) };
}

function datelineDay(text: string, reference: Date | null): string | null {
  const line = text.slice(0, FIRST_LINE).split("\n", 1)[0]!;
  const first = findDateMentions(line, reference)[0];
  if (!first) return null;
  return DATELINE_PREFIX.test(line.slice(0, first.start)) && DATELINE_SUFFIX.test(line.slice(first.end))
    ? first.day
    : null;
}
