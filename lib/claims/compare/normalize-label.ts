import { foldLetters, foldNameWords } from "@/lib/search/fold-names";

const ARTICLES = new Set(["the", "a", "an"]);

/**
 * Pure: a comparison key for an event label, a place or a person's name:
 * case, accents, punctuation, whitespace, articles and known spelling variants
 * of names and places (lib/search/fold-names.ts) do not matter
 * ("The Kiev strike." → "kyiv strike"). Empty → "".
 */
export function normalizeLabel(text: string | null | undefined): string {
  return labelWords(text).join(" ");
}

/** The words of `normalizeLabel`, for callers that drop more of them. */
export function labelWords(text: string | null | undefined): string[] {
  return foldedWords(text ?? "").filter((word) => !ARTICLES.has(word));
}

/**
 * Pure: one word folded like labels, articles kept (in a quote "a" and "the"
 * are wording): "KYIV" → "kyiv", "Kiev" → "kyiv", "5,000" → "5000", "Let’s" → "lets".
 */
export function normalizeWord(word: string): string {
  return foldedWords(word).join("");
}

function foldedWords(text: string): string[] {
  return foldNameWords(
    foldLetters(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}
