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
 * One sweep over the sorted span boundaries (not a scan of every span per
 * run), so a thousand overlapping annotations cost milliseconds.
 */
export function buildParagraphs(text: string, spans: Span[]): Paragraph[] {
  const valid = spans.filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length);
  const starting = new Map<number, Span[]>();
  const ending = new Map<number, Span[]>();
  for (const s of valid) {
    (starting.get(s.start) ?? starting.set(s.start, []).get(s.start)!).push(s);
    (ending.get(s.end) ?? ending.set(s.end, []).get(s.end)!).push(s);
  }
  const boundaries = [...new Set([...starting.keys(), ...ending.keys()])].sort((a, b) => a - b);
  const active = new Set<Span>();
  const outermostFirst = () => [...active].sort((a, b) => b.end - b.start - (a.end - a.start)).map((s) => s.id);
  let next = 0; // index into boundaries
  let ids: string[] = [];

  return splitParagraphs(text).map((paragraph) => {
    const segments: Segment[] = [];
    let cursor = paragraph.start;
    // apply every boundary up to and including the paragraph start
    while (next < boundaries.length && boundaries[next]! <= cursor) ids = step(boundaries[next++]!);
    while (cursor < paragraph.end) {
      const cut = next < boundaries.length && boundaries[next]! < paragraph.end ? boundaries[next]! : paragraph.end;
      segments.push({ start: cursor, end: cut, ids });
      cursor = cut;
      if (cut < paragraph.end) ids = step(boundaries[next++]!);
    }
    return { ...paragraph, segments };
  });

  function step(at: number): string[] {
    for (const s of ending.get(at) ?? []) active.delete(s);
    for (const s of starting.get(at) ?? []) active.add(s);
    return active.size ? outermostFirst() : [];
  }
}
