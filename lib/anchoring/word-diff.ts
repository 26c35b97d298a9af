import { diffSequences } from "./myers-diff";
import { tokenize } from "./tokenize";

export interface WordDiffPart {
  type: "equal" | "insert" | "delete";
  text: string;
}

/**
 * Word-level diff from `a` to `b`, for showing an editor how a quoted passage
 * changed. Joining the "equal" and "delete" parts gives back `a`; joining
 * "equal" and "insert" gives `b`. In each changed run the deletion comes
 * before the insertion, and a lone space between two changes is folded into
 * them, so a rewritten phrase reads as one replacement instead of alternating
 * word-by-word fragments.
 */
export function wordDiff(a: string, b: string): WordDiffPart[] {
  if (a === b) return a === "" ? [] : [{ type: "equal", text: a }];
  const before = tokenize(a);
  const after = tokenize(b);
  const raw: WordDiffPart[] = [];
  let i = 0; // tokens of `before` passed
  let j = 0; // tokens of `after` passed
  // without an edit limit there is always a diff
  for (const change of diffSequences(before, after)!) {
    const type = change.added ? "insert" : change.removed ? "delete" : "equal";
    const tokens = change.removed ? before.slice(i, i + change.count) : after.slice(j, j + change.count);
    raw.push({ type, text: tokens.join("") });
    if (!change.added) i += change.count;
    if (!change.removed) j += change.count;
  }
  return coalesce(raw);
}

function coalesce(parts: WordDiffPart[]): WordDiffPart[] {
  const out: WordDiffPart[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    // Spaces both sides share at the edges of a replacement are unchanged text.
    const lead = deleted && inserted ? sharedSpaces(deleted, inserted, "lead") : "";
    const trail =
      deleted && inserted ? sharedSpaces(deleted.slice(lead.length), inserted.slice(lead.length), "trail") : "";
    push(out, "equal", lead);
    push(out, "delete", deleted.slice(lead.length, deleted.length - trail.length));
    push(out, "insert", inserted.slice(lead.length, inserted.length - trail.length));
    push(out, "equal", trail);
    deleted = inserted = "";
  };
  parts.forEach((part, i) => {
    if (part.type === "delete") deleted += part.text;
    else if (part.type === "insert") inserted += part.text;
    else if ((deleted || inserted) && i + 1 < parts.length && /^\s+$/.test(part.text)) {
      deleted += part.text;
      inserted += part.text;
    } else {
      flush();
      push(out, "equal", part.text);
    }
  });
  flush();
  return out;
}

/** Appends a part, merging it into the last one when of the same type. */
function push(out: WordDiffPart[], type: WordDiffPart["type"], text: string): void {
  if (text === "") return;
  const last = out[out.length - 1];
  if (last && last.type === type) last.text += text;
  else out.push({ type, text });
}

function sharedSpaces(a: string, b: string, edge: "lead" | "trail"): string {
  const pattern = edge === "lead" ? /^\s+/ : /\s+$/;
  const x = a.match(pattern)?.[0] ?? "";
  const y = b.match(pattern)?.[0] ?? "";
  let n = 0;
  const max = Math.min(x.length, y.length, a.length - 1, b.length - 1);
  while (n < max && (edge === "lead" ? x[n] === y[n] : x[x.length - 1 - n] === y[y.length - 1 - n])) n++;
  return edge === "lead" ? x.slice(0, n) : x.slice(x.length - n);
}

/**
 * Share of the two texts left unchanged by the diff, from 0 (nothing in
 * common) to 1 (identical): 2 × equal length / (length of a + length of b).
 */
export function diffSimilarity(parts: WordDiffPart[]): number {
  let equal = 0;
  let total = 0;
  for (const part of parts) {
    total += part.text.length;
    if (part.type === "equal") {
      equal += part.text.length;
      total += part.text.length;
    }
  }
  return total === 0 ? 1 : (2 * equal) / total;
}
