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
 * thousand overlapping annotations cost milliseconds: spans sorted once by start
 * and once by end say where the next boundary is and which spans open or close
 * there.
 */
export function buildParagraphs(text: string, spans: Span[]): Paragraph[] {
  const byStart = spans.filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length).sort((a, b) => a.start - b.start);
  const byEnd = byStart.slice().sort((a, b) => a.end - b.end);
  let opened = 0; // spans of byStart already started
  let closed = 0; // spans of byEnd already ended
  // The spans covering the cursor, outermost (longest) first; equally long ones
  // in the order they started (sort is stable, so byStart keeps input order).
  const active: Span[] = [];
  let ids: string[] = [];

  const paragraphs: Paragraph[] = [];
  for (const { start, end } of splitParagraphs(text)) {
    const segments: Segment[] = [];
    // apply every boundary up to and including the paragraph start
    while (nextBoundary() <= start) step();
    for (let cursor = start; cursor < end; ) {
      const cut = Math.min(nextBoundary(), end);
      segments.push({ start: cursor, end: cut, ids });
      cursor = cut;
      if (cut < end) step();
    }
    paragraphs.push({ start, end, segments });
  }
  return paragraphs;

  function nextBoundary(): number {
    return Math.min(byStart[opened]?.start ?? Infinity, byEnd[closed]?.end ?? Infinity);
  }

  /** Moves past the next boundary: spans ending there leave `active`, spans starting there join it. */
  function step(): void {
    const at = nextBoundary();
    for (; closed < byEnd.length && byEnd[closed]!.end === at; closed++) {
      const i = active.indexOf(byEnd[closed]!);
      if (i >= 0) active.splice(i, 1);
    }
    for (; opened < byStart.length && byStart[opened]!.start === at; opened++) {
      const span = byStart[opened]!;
      if (active.includes(span)) continue; // the same span object twice counts once
      const length = span.end - span.start;
      let i = active.length;
      while (i > 0 && active[i - 1]!.end - active[i - 1]!.start < length) i--;
      active.splice(i, 0, span);
    }
    ids = active.map((s) => s.id);
  }
}
