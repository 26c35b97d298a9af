/**
 * How well the text around a candidate match agrees with a stored prefix or
 * suffix. Called for every candidate of every lost anchor, so it must be
 * cheap: we first used approx-string-match's search here (as Hypothesis does),
 * and its start-finding pass made a 5,000-anchor rewrite take 25 s. Instead
 * the context is cut into 32-character blocks, counted outwards from the
 * quote, and each block pair is compared with a bit-parallel edit distance
 * (Myers / Hyyrö) in one pass over 32 characters.
 */
const BLOCK = 32;

/**
 * Unrelated English text still scores 0.1–0.28 per 32-character block on
 * 1 − distance / length (measured on the corpus), which would let noise pick
 * between candidates that both lost their context; that floor counts as 0.
 */
const NOISE = 0.3;

/**
 * 0 (unrelated) to 1 (identical); 1 when nothing was expected. `side` says
 * which end touches the quote: "before" for a prefix (its end), "after" for a
 * suffix (its start).
 */
export function contextSimilarity(expected: string, actual: string, side: "before" | "after"): number {
  return contextSimilarityAt(expected, actual, 0, actual.length, side);
}

/**
 * contextSimilarity of `expected` against text[from, to), read in place: the
 * quote search scores thousands of candidates, and cutting their context and
 * its blocks into substrings first was most of the cost.
 */
export function contextSimilarityAt(
  expected: string,
  text: string,
  from: number,
  to: number,
  side: "before" | "after",
): number {
  if (expected === "" || (to - from === expected.length && text.startsWith(expected, from))) return 1;
  let matched = 0;
  for (let done = 0; done < expected.length; done += BLOCK) {
    const size = Math.min(BLOCK, expected.length - done);
    const e = side === "before" ? expected.length - done - size : done;
    const a = side === "before" ? Math.max(from, to - done - size) : Math.min(to, from + done);
    const aEnd = side === "before" ? Math.max(from, to - done) : Math.min(to, from + done + size);
    const raw = 1 - Math.min(size, editDistanceAt(expected, e, e + size, text, a, aEnd)) / size;
    matched += size * Math.max(0, (raw - NOISE) / (1 - NOISE));
  }
  return matched / expected.length;
}

/**
 * For each UTF-16 code unit, the bit mask of its positions in the current
 * pattern. Allocated once (256 KB) and cleared after each call: a Map built
 * per call was the main cost of scoring candidates.
 */
const PEQ = new Int32Array(0x10000);

/**
 * Levenshtein distance between `pattern` (at most 32 UTF-16 code units) and
 * `text`, with Hyyrö's bit-vector form of Myers' algorithm: one 32-bit word
 * holds a whole column of the dynamic-programming matrix.
 */
export function editDistance(pattern: string, text: string): number {
  if (pattern.length > BLOCK) throw new RangeError("editDistance: pattern longer than 32 code units");
  return editDistanceAt(pattern, 0, pattern.length, text, 0, text.length);
}

/** editDistance of pattern[pStart, pEnd) (at most 32 code units) and text[tStart, tEnd), without substrings. */
function editDistanceAt(
  pattern: string,
  pStart: number,
  pEnd: number,
  text: string,
  tStart: number,
  tEnd: number,
): number {
  const m = pEnd - pStart;
  if (m === 0) return tEnd - tStart;
  if (m === tEnd - tStart && sameUnits(pattern, pStart, text, tStart, m)) return 0; // repeated text: common, and cheap
  for (let i = 0; i < m; i++) PEQ[pattern.charCodeAt(pStart + i)]! |= 1 << i;
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = tStart; j < tEnd; j++) {
    const eq = PEQ[text.charCodeAt(j)]!;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    // Shifting in a 1: the top row of a global alignment grows by one per column.
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let i = 0; i < m; i++) PEQ[pattern.charCodeAt(pStart + i)] = 0;
  return score;
}

function sameUnits(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
  return true;
}
