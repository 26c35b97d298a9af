import { tokenize } from "./tokenize";
import type { WordDiffPart } from "./word-diff";

/**
 * "Hard" tokens carry the checkable facts of a passage: figures, units,
 * quantity qualifiers, casualty words, negations and capitalised names. A
 * change in any of them changes what a claim says ("at least 12 dead" →
 * "at least 19 dead"), so re-anchoring reports them by name and never lets a
 * near match that touches them count as the same text.
 *
 * Names are recognised by their capital letter only; scripts without case
 * (Arabic, Hebrew, Chinese…) get the digits, units and punctuation rules.
 */
const QUANTITY_WORDS = new Set(
  (
    "least most more less fewer than about around nearly almost approximately roughly some over under up " +
    "below above exactly only just estimated " +
    "dead killed died deaths death injured wounded hurt missing casualties victims " +
    "not no never none nobody " +
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " +
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds " +
    "thousand thousands million millions billion billions trillion dozen dozens half quarter third double twice " +
    "percent per cent km kilometres kilometers miles metres meters kg tonnes tons dollars euros pounds"
  ).split(" "),
);
const UNIT_SYMBOLS = new Set(["%", "$", "€", "£", "¥", "₴", "₽", "°"]);

export function isHardToken(token: string): boolean {
  if (/\p{N}/u.test(token)) return true;
  if (UNIT_SYMBOLS.has(token)) return true;
  if (/^[\p{Lu}\p{Lt}]/u.test(token)) return true;
  return QUANTITY_WORDS.has(token.toLowerCase());
}

/** The hard tokens of `text`, in order. */
export function hardTokens(text: string): string[] {
  return tokenize(text).filter(isHardToken);
}

/**
 * Hard tokens the diff removed and added. A token that is both removed and
 * added (a reordered phrase) is not a change of fact and is left out.
 */
export function changedHardTokens(parts: WordDiffPart[]): { removed: string[]; added: string[] } {
  const removed = parts.filter((p) => p.type === "delete").flatMap((p) => hardTokens(p.text));
  const added = parts.filter((p) => p.type === "insert").flatMap((p) => hardTokens(p.text));
  return { removed: withoutCommon(removed, added), added: withoutCommon(added, removed) };
}

function withoutCommon(tokens: string[], others: string[]): string[] {
  const remaining = new Map<string, number>();
  for (const t of others) remaining.set(t, (remaining.get(t) ?? 0) + 1);
  return tokens.filter((t) => {
    const left = remaining.get(t) ?? 0;
    if (left === 0) return true;
    remaining.set(t, left - 1);
    return false;
  });
}
