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

export function buildParagraphs(text: string, spans: Span[]): Paragraph[] {
  const valid = spans.filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length);
  const boundaries = new Set<number>();
  for (const s of valid) boundaries.add(s.start).add(s.end);
  const byLength = [...valid].sort((a, b) => b.end - b.start - (a.end - a.start));

  return splitParagraphs(text).map((paragraph) => {
    const cuts = [paragraph.start, ...[...boundaries].filter((b) => b > paragraph.start && b < paragraph.end).sort((a, b) => a - b), paragraph.end];
    const segments: Segment[] = [];
    for (let i = 0; i < cuts.length - 1; i++) {
      const start = cuts[i]!;
      const end = cuts[i + 1]!;
      const ids = byLength.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
      segments.push({ start, end, ids });
    }
    return { ...paragraph, segments };
  });
}
