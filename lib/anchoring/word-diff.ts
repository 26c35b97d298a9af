import { diffArrays } from "diff";
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
  const raw = diffArrays(tokenize(a), tokenize(b)).map(
    (change): WordDiffPart => ({ type: change.added ? "insert" : change.removed ? "delete" : "equal", text: change.value.join("") }),
  );
  return coalesce(raw);
}

function coalesce(parts: WordDiffPart[]): WordDiffPart[] {
  const out: WordDiffPart[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    if (deleted) out.push({ type: "delete", text: deleted });
    if (inserted) out.push({ type: "insert", text: inserted });
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
      out.push(part);
    }
  });
  flush();
  return out;
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
