import { BUILT_IN_NAME_GROUPS, foldLetters } from "@/lib/search/fold-names";

/**
 * Pure: the place an event happened, as the sentence around a passage names
 * it — so that two claims about one strike can be recognised as one event
 * (conflict detection compares figures of the same day and place).
 *
 * Rule, in order: a dateline ("KHARKIV, Ukraine —", at the start of the
 * paragraph); a known place (the built-in spelling groups, any spelling) in
 * the sentence; a capitalized name right after "in", "on", "near", "over",
 * "outside", "across" or "at" (not a weekday or a month). null when none.
 * Returns the name as written in the text.
 */
export function findEventPlace(sentence: string): string | null {
  const dateline = /^\s*([A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{2,})*)\s*(?:,|\(|—|–|-)/u.exec(sentence);
  if (dateline) return titleCase(dateline[1]!);
  for (const word of sentence.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) if (KNOWN_PLACES.has(foldLetters(word))) return word;
  for (const match of sentence.matchAll(
    /\b(?:in|on|near|over|outside|across|at)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu,
  )) {
    const name = match[1]!.replace(/^the\s+/, "");
    if (!NOT_PLACES.test(name)) return name;
  }
  return null;
}

const KNOWN_PLACES = new Set(
  BUILT_IN_NAME_GROUPS.flatMap((group) => group.split("|"))
    .filter((name) => !/^(?:zelensk|selensk|gaddafi|qaddafi|kadhafi|gadhafi|al)/i.test(name))
    .map(foldLetters),
);
const NOT_PLACES =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Telegram|Truth|X|Facebook|Twitter|Instagram|TV|Mr|Mrs|Ms|Dr)\b/;

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
