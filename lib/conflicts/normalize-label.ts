/**
 * Spelling variants of place names that outlets use interchangeably (the
 * corpus has both "Kiev" and "Kyiv"); folded so they compare equal.
 */
const ALIASES: Record<string, string> = {
  kiev: "kyiv",
  kyiv: "kyiv",
  kharkov: "kharkiv",
  odessa: "odesa",
  lvov: "lviv",
  zaporozhye: "zaporizhzhia",
  zaporizhia: "zaporizhzhia",
  nikolaev: "mykolaiv",
};

const ARTICLES = new Set(["the", "a", "an"]);

/** Letters that Unicode decomposition leaves alone ("Støre" → "store"). */
const FOLD: Record<string, string> = { ø: "o", æ: "ae", œ: "oe", ß: "ss", đ: "d", ł: "l", ı: "i", þ: "th" };

/**
 * Pure: a comparison key for an event label, a place or a person's name:
 * case, accents, punctuation, whitespace, articles and known spelling variants
 * of places do not matter ("The Kiev strike." → "kyiv strike"). Empty → "".
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
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[øæœßđłıþ]/g, (letter) => FOLD[letter]!)
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => ALIASES[word] ?? word);
}
