/**
 * Clauses are the coarsest tokens of the text diff (text-diff.ts): a clause
 * ends after . ! ? ; : or , followed by whitespace (the whitespace included),
 * or after a run of newlines. Unchanged clauses then compare as one token.
 */

/** A hand-written scan: the equivalent lookbehind regex split cost ~5 ms per 200 KB. */
export function splitClauses(text: string): string[] {
  const clauses: string[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i++);
    if (code === 10) {
      while (text.charCodeAt(i) === 10) i++;
    } else if (isStop(code) && isSpace(text.charCodeAt(i))) {
      while (isSpace(text.charCodeAt(i))) i++;
    } else {
      continue;
    }
    clauses.push(text.slice(from, i));
    from = i;
  }
  if (from < text.length) clauses.push(text.slice(from));
  return clauses;
}

function isStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 58 || code === 44; // . ! ? ; : ,
}

/** True where splitClauses would start a clause, judged from the characters around `at`. */
function startsClause(text: string, at: number): boolean {
  const prev = text.charCodeAt(at - 1);
  if (prev === 10) return text.charCodeAt(at) !== 10;
  if (!isSpace(prev) || isSpace(text.charCodeAt(at))) return false;
  let k = at - 1;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  return k > 0 && isStop(text.charCodeAt(k - 1));
}

/** The last clause start at or before `at` (0 if none). */
export function clauseStartAtOrBefore(text: string, at: number): number {
  for (let j = at; j > 0; j--) if (startsClause(text, j)) return j;
  return 0;
}

/** The first clause start after `at` (looking only at text from `at` on), or the end of the text. */
export function clauseStartAfter(text: string, at: number): number {
  for (let j = at + 1; j < text.length; j++) if (startsClause(text, j)) return j;
  return text.length;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}
