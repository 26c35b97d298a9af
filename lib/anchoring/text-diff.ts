import { foldText } from "./fold-text";
import { diffSequences, type DiffRun } from "./myers-diff";
import { isHighSurrogate, isLowSurrogate } from "./offsets";
import { clauseStartAfter, clauseStartAtOrBefore, splitClauses } from "./split-clauses";

/**
 * One changed region: old [oldStart, oldEnd) became new [newStart, newEnd).
 * An empty old range is a pure insertion, an empty new range a deletion.
 */
export interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/**
 * Past this many token edits a region counts as rewritten and becomes one hunk.
 * It bounds Myers' O(N·D) cost on very different texts; anchors inside a
 * rewritten region fall back to the quote search, which is what they need.
 */
const MAX_EDITS = 1_000;

type Splitter = (text: string) => string[];

/**
 * Words, and every other character on its own. Unlike the display tokenizer,
 * whitespace runs are not kept together: a space inserted next to a newline
 * must not turn the newline into a changed token.
 */
const splitWords: Splitter = (text) => text.match(/[\p{L}\p{M}\p{N}_]+|[\s\S]/gu) ?? [];

/** Lines with the newlines that end them: unchanged paragraphs compare as one token each. */
const splitLines: Splitter = (text) => {
  const lines: string[] = [];
  let from = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i)) {
    while (text.charCodeAt(i) === 10) i++;
    lines.push(text.slice(from, i));
    from = i;
  }
  if (from < text.length) lines.push(text.slice(from));
  return lines;
};

/**
 * Below the lines (diffTexts), three levels: clauses, then words inside
 * changed clauses, then characters inside a word replaced by a similar
 * word (a typo fixed, or a run of Chinese or Japanese, which has no spaces
 * and so is one "word"). Edits of
 * several words stay word-level hunks: a character diff of "Roads" → "Some
 * roads" aligns stray letters and helps no anchor.
 *
 * Measured on a 200 KB article with 50 edits: one jsdiff `diffChars` over the
 * whole text takes 100–200 ms; this takes about 1 ms, because unchanged
 * paragraphs compare as single tokens, only changed ones are split further,
 * and the diffs at each level run on diffSequences (myers-diff.ts).
 */
const LEVELS: Splitter[] = [splitClauses, splitWords];
const CLAUSE_LEVEL = 0;
/** Runs of changed clauses are always diffed at the next level; changed words only when alike. */
const WORD_LEVEL = LEVELS.indexOf(splitWords);

/**
 * Changed regions from `oldOriginal` to `newOriginal`, in order and never
 * splitting a surrogate pair, ignoring what foldText folds (case, quote and
 * dash style). Computed once per re-anchoring run and shared by every anchor.
 * Deterministic (no time limits) so the browser and the server always agree.
 *
 * Lines are compared as they are; only the runs of changed lines are folded
 * and diffed further (folding a whole 200 KB text was half the diff's time).
 * A re-import that changed case or quotes throughout changes too many lines
 * for that: then the whole folded texts are diffed, from the clause level.
 */
export function diffTexts(oldOriginal: string, newOriginal: string): Hunk[] {
  if (oldOriginal === newOriginal) return [];
  const hunks: Hunk[] = [];
  const lineRuns = changedRuns(splitLines(oldOriginal), splitLines(newOriginal));
  if (lineRuns) {
    for (const r of lineRuns) {
      diffRegion(
        foldText(oldOriginal.slice(r.oldStart, r.oldEnd)),
        foldText(newOriginal.slice(r.newStart, r.newEnd)),
        r.oldStart,
        r.newStart,
        CLAUSE_LEVEL,
        hunks,
      );
    }
    return hunks;
  }
  const oldText = foldText(oldOriginal);
  const newText = foldText(newOriginal);
  // Trim the common ends, but only back to a clause boundary: cutting inside a
  // clause ("… Sentence 1|0 …") would misalign every clause of the middle.
  const head = clauseStartAtOrBefore(oldText, commonPrefixLength(oldText, newText));
  const rawTail = commonSuffixLength(oldText, newText, head);
  const tail = oldText.length - clauseStartAfter(oldText, oldText.length - rawTail);
  diffRegion(
    oldText.slice(head, oldText.length - tail),
    newText.slice(head, newText.length - tail),
    head,
    head,
    CLAUSE_LEVEL,
    hunks,
  );
  return hunks;
}

/** The changed runs between two token lists, with character offsets; null past MAX_EDITS token edits. */
function changedRuns(oldTokens: string[], newTokens: string[]): Run[] | null {
  const changes = diffSequences(oldTokens, newTokens, MAX_EDITS);
  return changes ? walk(changes, oldTokens, newTokens) : null;
}

function diffRegion(
  oldPart: string,
  newPart: string,
  oldBase: number,
  newBase: number,
  level: number,
  out: Hunk[],
): void {
  const whole = () => pushHunk(out, oldBase, oldBase + oldPart.length, newBase, newBase + newPart.length);
  if (oldPart === "" || newPart === "") return whole();
  const splitter = LEVELS[level];
  if (!splitter) {
    // code points, as jsdiff's diffChars did: a surrogate pair stays whole
    const runs = changedRuns(Array.from(oldPart), Array.from(newPart));
    if (!runs) return whole();
    for (const r of runs) {
      pushHunk(out, oldBase + r.oldStart, oldBase + r.oldEnd, newBase + r.newStart, newBase + r.newEnd);
    }
    return;
  }
  const runs = changedRuns(splitter(oldPart), splitter(newPart));
  if (!runs) return whole();
  for (const r of runs) {
    const oldRun = oldPart.slice(r.oldStart, r.oldEnd);
    const newRun = newPart.slice(r.newStart, r.newEnd);
    if (level < WORD_LEVEL || (r.oldTokens === 1 && r.newTokens === 1 && alike(oldRun, newRun)))
      diffRegion(oldRun, newRun, oldBase + r.oldStart, newBase + r.newStart, level + 1, out);
    else pushHunk(out, oldBase + r.oldStart, oldBase + r.oldEnd, newBase + r.newStart, newBase + r.newEnd);
  }
}

/**
 * Two words worth a character diff: they share at least half the shorter one
 * at their ends ("goverment"/"government", not "Roads"/"Some"). Figures never
 * are: "12" → "22" must stay one changed figure, not a "1" deleted here and a
 * "2" inserted there, which could leave the change just outside a span.
 */
function alike(a: string, b: string): boolean {
  if (/\p{N}/u.test(a) || /\p{N}/u.test(b)) return false;
  const shared = commonPrefixLength(a, b) + commonSuffixLength(a, b, commonPrefixLength(a, b));
  return shared * 2 >= Math.min(a.length, b.length);
}

interface Run extends Hunk {
  oldTokens: number;
  newTokens: number;
}

/**
 * Turns a diff's runs into changed runs (consecutive removals and additions),
 * with character offsets relative to the diffed strings. Works on token
 * lengths only: joining the long unchanged runs back into strings was the main cost.
 */
function walk(changes: DiffRun[], oldTokens: string[], newTokens: string[]): Run[] {
  const runs: Run[] = [];
  let oldPos = 0;
  let newPos = 0;
  // tokens passed so far on each side
  let oldToken = 0;
  let newToken = 0;
  for (const change of changes) {
    const oldCount = change.added ? 0 : change.count;
    const newCount = change.removed ? 0 : change.count;
    const oldLength = totalLength(oldTokens, oldToken, oldToken + oldCount);
    const newLength = totalLength(newTokens, newToken, newToken + newCount);
    oldToken += oldCount;
    newToken += newCount;
    const last = runs[runs.length - 1];
    const open = last !== undefined && last.oldEnd === oldPos && last.newEnd === newPos;
    if (change.removed || change.added) {
      const run = open
        ? last
        : { oldStart: oldPos, oldEnd: oldPos, newStart: newPos, newEnd: newPos, oldTokens: 0, newTokens: 0 };
      if (!open) runs.push(run);
      run.oldEnd = oldPos += oldLength;
      run.newEnd = newPos += newLength;
      run.oldTokens += oldCount;
      run.newTokens += newCount;
    } else {
      oldPos += oldLength;
      newPos += newLength;
    }
  }
  return runs;
}

/** Total length of tokens[from, to). */
function totalLength(tokens: string[], from: number, to: number): number {
  let length = 0;
  for (let i = from; i < to; i++) length += tokens[i]!.length;
  return length;
}

/** Appends a hunk, merging it with the previous one when they touch. */
function pushHunk(out: Hunk[], oldStart: number, oldEnd: number, newStart: number, newEnd: number): void {
  const last = out[out.length - 1];
  if (last && last.oldEnd === oldStart && last.newEnd === newStart) {
    last.oldEnd = oldEnd;
    last.newEnd = newEnd;
  } else {
    out.push({ oldStart, oldEnd, newStart, newEnd });
  }
}

function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Keep a surrogate pair whole: back off if we stopped between its halves.
  return i > 0 && isHighSurrogate(a.charCodeAt(i - 1)) ? i - 1 : i;
}

function commonSuffixLength(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i > 0 && isLowSurrogate(a.charCodeAt(a.length - i)) ? i - 1 : i;
}
