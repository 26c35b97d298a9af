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
  if (expected === "" || actual === expected) return 1;
  let matched = 0;
  for (let done = 0; done < expected.length; done += BLOCK) {
    const size = Math.min(BLOCK, expected.length - done);
    const e =
      side === "before"
        ? expected.slice(expected.length - done - size, expected.length - done)
        : expected.slice(done, done + size);
    const a =
      side === "before"
        ? actual.slice(Math.max(0, actual.length - done - size), Math.max(0, actual.length - done))
        : actual.slice(done, done + size);
    const raw = 1 - Math.min(size, editDistance(e, a)) / size;
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
  const m = pattern.length;
  if (m > BLOCK) throw new RangeError("editDistance: pattern longer than 32 code units");
  if (m === 0) return text.length;
  for (let i = 0; i < m; i++) PEQ[pattern.charCodeAt(i)]! |= 1 << i;
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = 0; j < text.length; j++) {
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
  for (let i = 0; i < m; i++) PEQ[pattern.charCodeAt(i)] = 0;
  return score;
}
