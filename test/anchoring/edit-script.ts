import type { ReanchorResult } from "@/lib/anchoring/reanchor";
import type { Span } from "@/lib/anchoring/selectors";

/**
 * Ground truth for re-anchoring: a script of edits applied one after another,
 * and where each original span is after all of them, known from the script
 * itself rather than from any diff. The bench (bench/anchoring.ts) and the
 * unit tests judge every re-anchored annotation against it.
 */

/** One edit in the coordinates of the text it applies to: `removed` characters at `at` replaced by `inserted`. */
export interface Edit {
  at: number;
  removed: number;
  inserted: string;
  kind: EditKind;
}

export type EditKind = "insert phrase" | "delete characters" | "change digit" | "delete sentence" | "replace word";
const KINDS: EditKind[] = ["insert phrase", "delete characters", "change digit", "delete sentence", "replace word"];

/** Where a span ended up: untouched text at a new place, edited text, or gone with only a point left. */
export type Truth = { kind: "intact" | "changed"; start: number; end: number } | { kind: "deleted"; at: number };

export function applyEdits(text: string, edits: readonly Edit[]): string {
  let edited = text;
  for (const e of edits) edited = edited.slice(0, e.at) + e.inserted + edited.slice(e.at + e.removed);
  return edited;
}

/**
 * `count` edits of five kinds at random places, each chosen on the text the
 * previous ones left: phrases inserted, 5–35 characters deleted, a digit
 * changed, a whole sentence deleted (in a text of repeated paragraphs an
 * identical copy of it usually remains elsewhere), a word replaced.
 */
export function randomEdits(text: string, random: () => number, count: number): { edits: Edit[]; text: string } {
  const edits: Edit[] = [];
  let current = text;
  for (let i = 0; edits.length < count && i < count * 20; i++) {
    const edit = randomEdit(current, random, KINDS[edits.length % KINDS.length]!);
    if (!edit) continue;
    edits.push(edit);
    current = applyEdits(current, [edit]);
  }
  return { edits, text: current };
}

function randomEdit(text: string, random: () => number, kind: EditKind): Edit | null {
  const at = Math.floor(random() * text.length);
  switch (kind) {
    case "insert phrase":
      return { kind, at, removed: 0, inserted: " according to officials on Friday," };
    case "delete characters":
      return { kind, at, removed: Math.min(text.length - at, 5 + Math.floor(random() * 30)), inserted: "" };
    case "change digit": {
      const digit = text.slice(at).search(/\d/);
      if (digit < 0) return null;
      return { kind, at: at + digit, removed: 1, inserted: String((Number(text[at + digit]) + 7) % 10) };
    }
    case "delete sentence": {
      // from just after a sentence's full stop (and its space) to just after the next one
      const start = text.indexOf(". ", at);
      const end = start < 0 ? -1 : text.indexOf(". ", start + 2);
      if (end < 0 || end - start > 400 || text.slice(start + 2, end).includes("\n")) return null;
      return { kind, at: start + 2, removed: end - start, inserted: "" };
    }
    case "replace word": {
      const word = /\p{L}{4,}/u.exec(text.slice(at));
      if (!word) return null;
      const replacement = word[0] === "reported" ? "claimed" : "reported";
      return { kind, at: at + word.index, removed: word[0].length, inserted: replacement };
    }
  }
}

/**
 * Follows one span through the edits. An untouched span that an edit glued
 * onto a neighbouring word ("40 firefighters" → "Officfirefighters" after a
 * deletion) counts as changed, as re-anchoring treats "12" → "120".
 */
export function trackSpan(span: Span, edits: readonly Edit[], oldText: string, newText: string): Truth {
  let truth: Truth = { kind: "intact", start: span.start, end: span.end };
  for (const e of edits) truth = step(truth, e);
  if (truth.kind !== "intact") return truth;
  const glued = (text: string, before: number, after: number) =>
    WORD.test(text[before] ?? "") && WORD.test(text[after] ?? "");
  const gluedNow = glued(newText, truth.start - 1, truth.start) || glued(newText, truth.end - 1, truth.end);
  const gluedThen = glued(oldText, span.start - 1, span.start) || glued(oldText, span.end - 1, span.end);
  return gluedNow && !gluedThen ? { ...truth, kind: "changed" } : truth;
}

const WORD = /[\p{L}\p{N}]/u;

function step(truth: Truth, e: Edit): Truth {
  const removedEnd = e.at + e.removed;
  const delta = e.inserted.length - e.removed;
  if (truth.kind === "deleted") {
    if (removedEnd <= truth.at) return { kind: "deleted", at: truth.at + delta };
    return e.at < truth.at ? { kind: "deleted", at: e.at } : truth;
  }
  const { start, end } = truth;
  if (end <= e.at) return truth; // before the edit (text inserted right after a span leaves it as it was)
  if (start >= removedEnd) return { ...truth, start: start + delta, end: end + delta }; // after it
  const newStart = Math.min(start, e.at);
  const newEnd = end > removedEnd ? end + delta : e.at + e.inserted.length;
  if (newEnd <= newStart) return { kind: "deleted", at: newStart };
  return { kind: "changed", start: newStart, end: newEnd };
}

export type Verdict = "right" | "wrong" | "lost";

/**
 * Right: untouched text placed exactly where it went; edited text placed over
 * (or, for TEXT_CHANGED, touching) what became of it; a deleted span placed
 * nowhere, or flagged as changed at the place it was. Wrong: any other
 * placement, e.g. a deleted sentence moved onto an identical copy elsewhere.
 * Lost: not placed (AMBIGUOUS, ORPHANED) although its text is still there.
 */
export function judge(result: ReanchorResult, truth: Truth): Verdict {
  const placed = result.start !== null;
  if (truth.kind === "deleted") {
    if (!placed) return "right";
    return result.state === "TEXT_CHANGED" && result.start <= truth.at && truth.at <= result.end ? "right" : "wrong";
  }
  if (!placed) return "lost";
  if (truth.kind === "intact")
    return result.start === truth.start && result.end === truth.end && result.state !== "TEXT_CHANGED"
      ? "right"
      : "wrong";
  return result.start <= truth.end && truth.start <= result.end ? "right" : "wrong";
}
