import { diffWords } from "diff";
import { compareQuotes } from "@/lib/claims/compare/compare-quotes";
import { conflictFingerprint } from "./conflict-fingerprint";
import { englishQuestion, type ConflictQuestionParams } from "../conflict-question";
import { connectedComponents } from "./connected-components";
import type { DetectedConflict } from "./detected-conflict";
import { labelWords } from "@/lib/claims/compare/normalize-label";

/** A claim that quotes someone: the claimant and the quoted words. */
export interface QuoteClaim {
  id: string;
  claimant: string | null;
  statement: string;
}

export interface QuoteDiffPart {
  type: "equal" | "insert" | "delete";
  text: string;
}

/** How the quote of `toId` differs from the quote of `fromId`, word by word. */
export interface QuotePairDiff {
  fromId: string;
  toId: string;
  similarity: number;
  parts: QuoteDiffPart[];
}

export interface QuoteConflict extends DetectedConflict {
  kind: "QUOTE_MISMATCH";
  /** The speaker's comparison key (see speakerKey). */
  speaker: string;
  /** One diff per pair of versions that differ. */
  diffs: QuotePairDiff[];
}

/** Titles that say nothing about who is speaking: "President Donald Trump" = "Donald Trump", "Mayor Irena Dalsk" = "Irena Dalsk". */
const TITLES = new Set([
  ...[
    "president",
    "vice",
    "prime",
    "minister",
    "pm",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "secretary",
    "chancellor",
    "senator",
    "sen",
    "rep",
    "general",
    "gen",
  ],
  ...[
    "mayor",
    "governor",
    "gov",
    "deputy",
    "councillor",
    "councilor",
    "chair",
    "chairman",
    "chairwoman",
    "speaker",
    "ambassador",
    "judge",
    "justice",
    "commissioner",
    "professor",
    "prof",
    "chief",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "king",
    "queen",
    "prince",
    "princess",
    "lord",
    "lady",
  ],
]);

/**
 * Pure: the speaker key of a claimant: normalizeLabel's folding, leading titles
 * and single-letter initials dropped ("President Donald J. Trump" → "donald
 * trump"). Surnames alone are not matched to full names ("Trump" ≠ "Donald
 * Trump"): the claimant field holds the normalized name, and guessing would
 * merge different people who share a surname.
 */
export function speakerKey(claimant: string | null | undefined): string {
  const words = labelWords(claimant).filter((word) => word.length > 1);
  let start = 0;
  while (start < words.length - 1 && TITLES.has(words[start]!)) start++;
  return words.slice(start).join(" ");
}

/**
 * Pure: quotes of one speaker that are versions of the same quote but whose
 * words differ (see compareQuotes: case, punctuation and faithful excerpts do
 * not count; unrelated statements of one speaker are not compared). Versions
 * that differ pairwise are merged into one conflict, with a word diff
 * (jsdiff diffWords, case-insensitive) for each differing pair.
 * No authorization here: pass claims of one workspace, loaded through its scope.
 */
export function detectQuoteConflicts(quotes: readonly QuoteClaim[]): QuoteConflict[] {
  const bySpeaker = new Map<string, QuoteClaim[]>();
  for (const quote of quotes) {
    const key = speakerKey(quote.claimant);
    if (!key) continue;
    const group = bySpeaker.get(key);
    if (group) group.push(quote);
    else bySpeaker.set(key, [quote]);
  }
  const conflicts: QuoteConflict[] = [];
  for (const [speaker, group] of bySpeaker) {
    const diffs: QuotePairDiff[] = [];
    const sorted = [...group].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const [a, b] = [sorted[i]!, sorted[j]!];
        const { relation, similarity } = compareQuotes(a.statement, b.statement);
        if (a.id !== b.id && relation === "altered")
          diffs.push({ fromId: a.id, toId: b.id, similarity, parts: wordDiff(a.statement, b.statement) });
      }
    }
    for (const ids of connectedComponents(diffs.map((d) => [d.fromId, d.toId] as const))) {
      const own = diffs.filter((d) => ids.includes(d.fromId));
      const name = sorted.find((q) => q.id === ids[0])!.claimant!.trim();
      const questionParams: ConflictQuestionParams = {
        kind: "QUOTE_MISMATCH",
        speaker: name,
        versions: ids.length,
        change: firstChange(own[0]!.parts),
      };
      conflicts.push({
        kind: "QUOTE_MISMATCH",
        fingerprint: conflictFingerprint("QUOTE_MISMATCH", ids),
        claimIds: ids,
        question: englishQuestion(questionParams),
        questionParams,
        speaker,
        diffs: own,
      });
    }
  }
  return conflicts.sort((x, y) => (x.fingerprint < y.fingerprint ? -1 : 1));
}

/** Pure: the word diff between two quotes (jsdiff diffWords, case-insensitive). */
export function wordDiff(a: string, b: string): QuoteDiffPart[] {
  return diffWords(a, b, { ignoreCase: true }).map((change) => ({
    type: change.added ? "insert" : change.removed ? "delete" : "equal",
    text: change.value,
  }));
}

type QuoteChange = Extract<ConflictQuestionParams, { kind: "QUOTE_MISMATCH" }>["change"];

/** The first change in words, for the question: ("a week" vs "a day"). */
function firstChange(parts: QuoteDiffPart[]): QuoteChange {
  const index = parts.findIndex((part) => part.type !== "equal" && /[\p{L}\p{N}]/u.test(part.text));
  const part = parts[index];
  if (!part) return null;
  const next = parts[index + 1];
  if (part.type === "delete" && next?.type === "insert")
    return { type: "replaced", from: part.text.trim(), to: next.text.trim() };
  return { type: part.type === "delete" ? "dropped" : "added", text: part.text.trim() };
}
