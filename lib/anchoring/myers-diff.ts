/**
 * One run of a diff: `count` tokens kept, added (new side only) or removed
 * (old side only). Runs come in order; within a change, removals and
 * additions may alternate.
 */
export interface DiffRun {
  added: boolean;
  removed: boolean;
  count: number;
}

const KEPT = 0;
const ADDED = 1;
const REMOVED = 2;

/**
 * Myers' diff of two token lists, step for step the one of jsdiff 9
 * (`diffArrays`, which this replaces in lib/anchoring): the same choice
 * between an insertion and a removal at every diagonal, the same pruning at
 * the edges of the edit graph, so the same runs (myers-diff.test.ts checks
 * it against jsdiff). Tokens are compared with `===`. Returns null past
 * `maxEditLength` edits.
 *
 * Why not jsdiff itself: it keeps a linked list of objects per path and
 * rebuilds the token values at the end; re-anchoring diffs each changed line,
 * clause and quote of an article, and those allocations were most of the
 * diff's time. Here paths are diagonals in typed arrays and the components of
 * a path are nodes in three growing typed arrays, all reused from call to call.
 */
export function diffSequences<T>(
  oldTokens: readonly T[],
  newTokens: readonly T[],
  maxEditLength = Infinity,
): DiffRun[] | null {
  const oldLen = oldTokens.length;
  const newLen = newTokens.length;
  const maxEdits = Math.min(newLen + oldLen, maxEditLength);
  nodes.clear();
  // bestPath[k] of jsdiff, diagonal k = oldPos - newPos, stored at k + offset
  const offset = maxEdits + 1;
  const { pathOld, pathLast } = paths.reserve(2 * offset + 1);

  pathOld[offset] = -1;
  pathLast[offset] = NONE;
  let newPos = extendCommon(oldTokens, newTokens, offset, 0);
  if (pathOld[offset]! + 1 >= oldLen && newPos + 1 >= newLen) return nodes.runs(pathLast[offset]!);

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEdits; editLength++) {
    for (let k = Math.max(minDiagonal, -editLength); k <= Math.min(maxDiagonal, editLength); k += 2) {
      const removeAt = k - 1 + offset;
      const addAt = k + 1 + offset;
      const hasRemove = pathLast[removeAt] !== NO_PATH;
      const hasAdd = pathLast[addAt] !== NO_PATH;
      const removeOld = pathOld[removeAt]!;
      const removeLast = pathLast[removeAt]!;
      if (hasRemove) pathLast[removeAt] = NO_PATH; // read by no later diagonal of this round
      let canAdd = false;
      if (hasAdd) {
        const addNewPos = pathOld[addAt]! - k;
        canAdd = 0 <= addNewPos && addNewPos < newLen;
      }
      const canRemove = hasRemove && removeOld + 1 < oldLen;
      const at = k + offset;
      if (!canAdd && !canRemove) {
        pathLast[at] = NO_PATH;
        continue;
      }
      if (!canRemove || (canAdd && removeOld < pathOld[addAt]!)) {
        pathOld[at] = pathOld[addAt]!;
        pathLast[at] = nodes.extend(pathLast[addAt]!, ADDED);
      } else {
        pathOld[at] = removeOld + 1;
        pathLast[at] = nodes.extend(removeLast, REMOVED);
      }
      newPos = extendCommon(oldTokens, newTokens, offset, k);
      if (pathOld[at]! + 1 >= oldLen && newPos + 1 >= newLen) return nodes.runs(pathLast[at]!);
      if (pathOld[at]! + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, k - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, k + 1);
    }
  }
  return null;
}

/**
 * Follows diagonal k while the tokens agree, updating its path's oldPos and
 * last node in place; returns its new newPos. Not a closure in diffSequences:
 * one is made (and, under tsx, named) on every call.
 */
function extendCommon<T>(oldTokens: readonly T[], newTokens: readonly T[], offset: number, k: number): number {
  const { pathOld, pathLast } = paths;
  let oldPos = pathOld[k + offset]!;
  let newPos = oldPos - k;
  const from = oldPos;
  while (
    newPos + 1 < newTokens.length &&
    oldPos + 1 < oldTokens.length &&
    oldTokens[oldPos + 1] === newTokens[newPos + 1]
  ) {
    newPos++;
    oldPos++;
  }
  if (oldPos > from) pathLast[k + offset] = nodes.push(oldPos - from, KEPT, pathLast[k + offset]!);
  pathOld[k + offset] = oldPos;
  return newPos;
}

/** `last` of a path with no components yet. */
const NONE = -1;
/** `last` of a diagonal without a path. */
const NO_PATH = -2;

/**
 * The furthest path on each diagonal: its oldPos and its last node (NO_PATH
 * when there is none). Kept between calls: re-anchoring runs a few hundred
 * small diffs, and allocating typed arrays for each was a fifth of their time.
 * Safe to share, as a diff is synchronous and never calls another.
 */
const paths = {
  pathOld: new Int32Array(1024),
  pathLast: new Int32Array(1024),
  reserve(size: number): { pathOld: Int32Array; pathLast: Int32Array } {
    if (size > this.pathOld.length) {
      this.pathOld = new Int32Array(size);
      this.pathLast = new Int32Array(size);
    }
    this.pathLast.fill(NO_PATH, 0, size);
    return this;
  },
};

/** The components of all paths: immutable nodes, each pointing to the one before it on its path. */
class Nodes {
  private count = new Int32Array(1024);
  private kind = new Uint8Array(1024);
  private previous = new Int32Array(1024);
  private size = 0;

  clear(): void {
    this.size = 0;
  }

  push(count: number, kind: number, previous: number): number {
    if (this.size === this.count.length) this.grow();
    this.count[this.size] = count;
    this.kind[this.size] = kind;
    this.previous[this.size] = previous;
    return this.size++;
  }

  /** One more token of `kind` after node `last`: merged into `last` when of the same kind, as jsdiff does. */
  extend(last: number, kind: number): number {
    if (last !== NONE && this.kind[last] === kind) return this.push(this.count[last]! + 1, kind, this.previous[last]!);
    return this.push(1, kind, last);
  }

  runs(last: number): DiffRun[] {
    const runs: DiffRun[] = [];
    for (let n = last; n !== NONE; n = this.previous[n]!)
      runs.push({ added: this.kind[n] === ADDED, removed: this.kind[n] === REMOVED, count: this.count[n]! });
    return runs.reverse();
  }

  private grow(): void {
    const size = this.count.length * 2;
    const count = new Int32Array(size);
    const kind = new Uint8Array(size);
    const previous = new Int32Array(size);
    count.set(this.count);
    kind.set(this.kind);
    previous.set(this.previous);
    [this.count, this.kind, this.previous] = [count, kind, previous];
  }
}

/** Shared by all calls, like `paths`. */
const nodes = new Nodes();
