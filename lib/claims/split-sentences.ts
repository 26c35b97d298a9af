/**
 * Sentences of a canonical text as UTF-16 offsets (trimmed of surrounding
 * space): the platform's Unicode sentence segmentation (Intl.Segmenter), then
 * three repairs it needs for news copy — a break after an abbreviation
 * ("Dr.", "U.S."), a break before a lower-case continuation ("“Stop!” he
 * wrote.") and a break inside a quotation (“Stop. Now.”) are undone. A quote
 * left open ends at the paragraph: a paragraph break always ends a sentence.
 */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** One segmenter per locale: making one costs more than segmenting an article with it. */
const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: "sentence" })));
  return segmenter;
}

/**
 * A line with no sentence terminator but at its end (one run of . ! ?, then
 * closing quotes or brackets, then space), made only of letters, digits, marks,
 * ordinary space and punctuation that never ends a sentence. Unicode sentence
 * segmentation breaks only after a paragraph separator or a terminator, so
 * such a text is one sentence: no segmenter needed (it costs more than all the
 * rest of a suggestion's look at a sentence). Anything else — a full stop
 * inside ("U.S.", "3.5"), another script's terminator — goes to the segmenter.
 */
const ONE_SENTENCE =
  /^[\p{L}\p{N}\p{M} \t\u00a0,;:'"‘’“”«»„()[\]{}\-–—%$€£₴₽&/+*#@_]*(?:[.!?]+["'’”»)\]]*)?[ \t\u00a0]*$/u;

export function splitSentences(text: string, locale = "en"): SentenceSpan[] {
  if (ONE_SENTENCE.test(text)) {
    const lead = text.length - text.trimStart().length;
    const body = text.trim();
    return body ? [{ start: lead, end: lead + body.length, text: body }] : [];
  }
  const segmenter = sentenceSegmenter(locale);
  const sentences: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    // a paragraph break always ends a sentence, even without a full stop (headlines)
    let offset = index;
    for (const part of segment.split(/(\n+)/)) {
      const lead = part.length - part.trimStart().length;
      const body = part.trim();
      if (body && !/^\n+$/.test(part))
        sentences.push({ start: offset + lead, end: offset + lead + body.length, text: body });
      offset += part.length;
    }
  }
  return mergeFalseBreaks(text, sentences, openQuotes(text));
}

/**
 * The lines of a text that hold anything but space, with their offsets
 * (untrimmed). A paragraph break always ends a sentence and nothing in
 * splitSentences reads across one (the segmenter breaks after a line feed,
 * false breaks are undone only within a line, a quotation closes at the
 * paragraph), so the sentences of a paragraph, split on their own and moved
 * by its start, are the text's sentences within it: a caller that needs the
 * sentences of some paragraphs only need not split the rest.
 */
export function splitParagraphs(text: string): SentenceSpan[] {
  const paragraphs: SentenceSpan[] = [];
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    if (/\S/.test(text.slice(start, end))) paragraphs.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return paragraphs;
}

const TITLES =
  "Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Sen|Rep|Gov|Pres|St|Mt|Jr|Sr|Inc|Ltd|Co|Corp|No|Vol|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
/** A title or a dotted initialism ("U.S.", "e.g.") at the end of a segment: not the end of a sentence. */
const ABBREVIATION = new RegExp(String.raw`(?:^|[\s(])(?:(?:${TITLES})|(?:\p{L}\.)+\p{L})\.$`, "u");

function mergeFalseBreaks(
  text: string,
  sentences: SentenceSpan[],
  inQuote: (offset: number) => boolean,
): SentenceSpan[] {
  const merged: SentenceSpan[] = [];
  for (const s of sentences) {
    const previous = merged.at(-1);
    const sameLine = previous && !text.slice(previous.end, s.start).includes("\n");
    if (
      previous &&
      sameLine &&
      (ABBREVIATION.test(previous.text) || /^\p{Ll}/u.test(s.text) || inQuote(previous.end))
    ) {
      previous.end = s.end;
      previous.text = text.slice(previous.start, s.end);
    } else {
      merged.push({ ...s });
    }
  }
  return merged;
}

/** Closing marks of each opening quotation mark: English “…”, German „…“ and »…«, French «…», straight "…". */
const CLOSERS: Record<string, string> = { "“": "”", "„": "“”", "«": "»", "»": "«", '"': '"' };

/**
 * Whether a quotation is open just before each offset. One level: quotes
 * inside quotes use single marks, which are left alone (they double as
 * apostrophes). A straight " opens only after a space or bracket (12" is an
 * inch), and a paragraph break closes whatever is open.
 */
function openQuotes(text: string): (offset: number) => boolean {
  const open = new Uint8Array(text.length + 1);
  let opener: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") opener = null;
    else if (opener !== null && CLOSERS[opener]!.includes(c)) opener = null;
    else if (opener === null && c in CLOSERS && (c !== '"' || /^$|[\s([{]/u.test(text[i - 1] ?? ""))) opener = c;
    open[i + 1] = opener === null ? 0 : 1;
  }
  return (offset) => open[offset] === 1;
}
