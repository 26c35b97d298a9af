/**
 * Splits an article's text into paragraphs and, inside each, into runs of text
 * covered by the same set of annotations, so overlapping highlights can be
 * drawn as flat, nested shading. Pure; used by the reader on server and client.
 */
export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** annotations covering this run, outermost (longest) first */
  ids: string[];
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

/**
 * Paragraphs are the lines of canonical text: news copy often separates
 * paragraphs with a single newline, so every run of newlines starts a new one.
 */
export function splitParagraphs(text: string): { start: number; end: number }[] {
  const paragraphs: { start: number; end: number }[] = [];
  const separator = /\n+/g;
  let start = 0;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    if (match.index > start) paragraphs.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) paragraphs.push({ start, end: text.length });
  return paragraphs;
}

/**
 * One sweep over the span boundaries (not a scan of every span per run), so a
 * thousand overlapping annotations cost milliseconds: the spans sorted by start
 * tell where the next one opens, the open ones where the next one closes.
 */
export function buildParagraphs(text: string, spans: Span[]): Paragraph[] {
  // sort is stable: spans starting at the same offset keep their input order
  const byStart = spans
    .filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length)
    .sort((a, b) => a.start - b.start);
  let opened = 0; // how many of byStart have started
  // the spans covering the cursor, outermost (longest) first, equally long ones in the order they started
  let open: Span[] = [];
  let nextEnd = Infinity; // where the first of them ends
  let ids: string[] = [];

  const paragraphs: Paragraph[] = [];
  for (const { start, end } of splitParagraphs(text)) {
    const segments: Segment[] = [];
    // apply every boundary up to and including the paragraph start
    while (nextBoundary() <= start) step();
    for (let cursor = start; cursor < end;) {
      const cut = Math.min(nextBoundary(), end);
      segments.push({ start: cursor, end: cut, ids });
      cursor = cut;
      if (cut < end) step();
    }
    paragraphs.push({ start, end, segments });
  }
  return paragraphs;

  function nextBoundary(): number {
    return opened < byStart.length ? Math.min(byStart[opened]!.start, nextEnd) : nextEnd;
  }

  /** Moves past the next boundary: spans ending there close, spans starting there open. */
  function step(): void {
    const at = nextBoundary();
    if (nextEnd === at) open = open.filter((s) => s.end !== at);
    for (; opened < byStart.length && byStart[opened]!.start === at; opened++) {
      const span = byStart[opened]!;
      if (open.includes(span)) continue; // the same span object passed twice counts once
      // insertion sort (cheaper than splice): shorter spans move one place up, the new one goes in below them
      const length = span.end - span.start;
      let i = open.length;
      for (; i > 0 && open[i - 1]!.end - open[i - 1]!.start < length; i--) open[i] = open[i - 1]!;
      open[i] = span;
    }
    nextEnd = Infinity;
    for (const s of open) nextEnd = Math.min(nextEnd, s.end);
    ids = open.map((s) => s.id);
  }
}
