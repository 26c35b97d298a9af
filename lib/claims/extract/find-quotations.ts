/**
 * The quotations of one paragraph: "…", “…”, „…“ / „…”, «…», »…«, ‘…’ and '…'.
 *
 * Rules, chosen for news copy:
 * - outside a quotation, an opening mark starts one, and the first matching
 *   closing mark after it ends it; marks of another kind in between are a
 *   quotation inside the quotation and stay part of its words;
 * - single marks are also apostrophes ("Let’s", "soldiers’", "’90s"): ‘ or '
 *   opens only after a space, a bracket, a dash or the start of the paragraph,
 *   and ’ or ' closes only after a non-space and before a non-letter; one
 *   after an "s" and before a lower-case word ("the soldiers’ homes") is
 *   taken as a plural possessive when a later mark can close the quotation;
 * - a quotation that never closes is dropped, except one opening the paragraph:
 *   newspapers leave a quotation that continues into the next paragraph
 *   unclosed, so it runs to the end of its paragraph;
 * - quotations never cross a paragraph: the caller passes one paragraph.
 */
export interface Quotation {
  /** UTF-16 offsets in the searched text: the opening mark, the words (untrimmed), the end after the closing mark. */
  open: number;
  innerStart: number;
  innerEnd: number;
  close: number;
}

const CLOSERS: Record<string, string> = { "“": "”", "„": "“”", "«": "»", "»": "«", '"': '"', "‘": "’", "'": "'" };
const SINGLE = new Set(["‘", "'"]);
const OPENS_AFTER = /[\s([{\-–—/]/u;
const WORD = /[\p{L}\p{N}]/u;

/** Pure: the quotations of text[from, to) (one paragraph), in text order. */
export function findQuotations(text: string, from = 0, to = text.length): Quotation[] {
  const closers = closingMarks(text, from, to);
  const next: Record<string, number> = {};
  const found: Quotation[] = [];
  for (let i = from; i < to; i++) {
    const mark = text[i]!;
    const closing = CLOSERS[mark];
    if (!closing || !opensAt(text, i, from)) continue;
    const positions = closers[mark]!;
    // Openings are visited left to right, so each kind's pointer only moves forward: linear in the paragraph.
    let p = next[mark] ?? 0;
    while (p < positions.length && positions[p]! <= i) p++;
    next[mark] = p;
    const at = SINGLE.has(mark) ? preferNonPossessive(text, positions, p) : positions[p];
    if (at !== undefined) {
      found.push({ open: i, innerStart: i + 1, innerEnd: at, close: at + 1 });
      i = at;
    } else if (text.slice(from, i).trim() === "") {
      found.push({ open: i, innerStart: i + 1, innerEnd: to, close: to });
      break;
    }
  }
  return found;
}

/** How many later closing marks are looked at past a possible plural possessive; bounded to stay linear. */
const POSSESSIVE_LOOKAHEAD = 8;

function preferNonPossessive(text: string, positions: number[], p: number): number | undefined {
  for (let q = p; q < positions.length && q < p + POSSESSIVE_LOOKAHEAD; q++) {
    if (!/^s[’'] \p{Ll}/u.test(text.slice(positions[q]! - 1, positions[q]! + 3))) return positions[q];
  }
  return positions[p];
}

function opensAt(text: string, i: number, from: number): boolean {
  if (!SINGLE.has(text[i]!)) return true;
  const before = i > from ? text[i - 1]! : " ";
  const after = text[i + 1] ?? " ";
  return OPENS_AFTER.test(before) && !/\s/u.test(after);
}

/** For each opening mark, the positions of the marks that can close it. */
function closingMarks(text: string, from: number, to: number): Record<string, number[]> {
  const positions: Record<string, number[]> = {};
  for (const mark of Object.keys(CLOSERS)) positions[mark] = [];
  for (let i = from; i < to; i++) {
    const char = text[i]!;
    for (const [opening, closing] of Object.entries(CLOSERS)) {
      if (closing.includes(char) && (!SINGLE.has(opening) || closesAt(text, i, from, to))) positions[opening]!.push(i);
    }
  }
  return positions;
}

function closesAt(text: string, i: number, from: number, to: number): boolean {
  const before = i > from ? text[i - 1]! : " ";
  const after = i + 1 < to ? text[i + 1]! : " ";
  return !/\s/u.test(before) && !WORD.test(after);
}
