/**
 * Labelled variants of a direct quote, for the altered-quote benchmark.
 * ALTERED: what changes what the speaker said (a word substituted, a negation
 * added or removed, a number changed, words dropped from the middle without an
 * ellipsis, two words swapped, a synonym put in). SAME: what does not (case,
 * punctuation, straight instead of curly quotation marks, a spelling variant
 * of a place such as Kiev/Kyiv, an excerpt with "…"). Deterministic; a variant
 * that does not apply to a quote (no number to change) is left out.
 */
export type VariantKind =
  | "word substituted"
  | "negation"
  | "number changed"
  | "words dropped"
  | "words swapped"
  | "synonym"
  | "case"
  | "punctuation"
  | "straight quotes"
  | "spelling variant"
  | "excerpt with …";

export interface QuoteVariant {
  kind: VariantKind;
  altered: boolean;
  /** the quote as the passage writes it */
  text: string;
  /** the passage puts it between straight quotation marks ("…") instead of curly ones */
  straightMarks: boolean;
}

const SUBSTITUTES = ["country", "people", "again", "really", "always"];
const SYNONYMS: [RegExp, string][] = [
  [/\bgive up\b/i, "surrender"],
  [/\bhappy\b/i, "pleased"],
  [/\bstop\b/i, "halt"],
  [/\bbig\b/i, "large"],
  [/\bwar\b/i, "conflict"],
  [/\battacks\b/i, "strikes"],
  [/\bstrikes\b/i, "attacks"],
  [/\bthink\b/i, "believe"],
  [/\bend\b/i, "finish"],
  [/\bsupport\b/i, "backing"],
  [/\bwants?\b/i, "wishes"],
  [/\bforgive\b/i, "pardon"],
  [/\bsurvived?\b/i, "endured"],
  [/\bcut\b/i, "slash"],
  [/\bseen\b/i, "witnessed"],
  [/\bbroken\b/i, "defeated"],
  [/\blying\b/i, "deceiving"],
  [/\bcritical\b/i, "crucial"],
  [/\bdisappointed\b/i, "let down"],
  [/\banswer\b/i, "reply"],
  [/\bnegotiated\b/i, "bargained"],
  [/\bterritory\b/i, "land"],
  [/\bconcession\b/i, "compromise"],
  [/\bproduction\b/i, "manufacturing"],
  [/\binvestment\b/i, "funding"],
  [/\bprotection\b/i, "defence"],
  [/\bprovided\b/i, "given"],
  [/\bcontinued\b/i, "persisted"],
  [/\bfight\b/i, "battle"],
];
const NUMBER_WORDS = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
const SPELLINGS: [RegExp, (m: string) => string][] = [
  [/\bKyiv\b/i, (m) => (m === m.toUpperCase() ? "KIEV" : "Kiev")],
  [/\bKiev\b/i, (m) => (m === m.toUpperCase() ? "KYIV" : "Kyiv")],
  [/\bOdesa\b/i, () => "Odessa"],
  [/\bKharkiv\b/i, () => "Kharkov"],
  [/\bZelenskyy?\b/i, () => "Zelenskiy"],
];
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

export function quoteVariants(quote: string): QuoteVariant[] {
  const words = [...quote.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const n = words.length;
  const mid = Math.floor(n / 2);
  const replaceWord = (i: number, by: string) => quote.slice(0, words[i]!.start) + by + quote.slice(words[i]!.end);
  const variants: [VariantKind, boolean, string | null, boolean?][] = [];

  const nearMiddle = [...words.keys()].sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid) || a - b);
  const target = nearMiddle.find((i) => /^\p{L}{4,}$/u.test(words[i]!.text));
  const substitute = SUBSTITUTES.find((w) => !words.some((x) => x.text.toLowerCase() === w));
  variants.push([
    "word substituted",
    true,
    target === undefined || !substitute ? null : replaceWord(target, substitute),
  ]);
  variants.push(["negation", true, toggleNegation(quote)]);
  variants.push(["number changed", true, changeNumber(quote)]);
  if (n >= 6)
    variants.push(["words dropped", true, quote.slice(0, words[mid - 1]!.start) + quote.slice(words[mid + 1]!.start)]);
  const swap = nearMiddle.find(
    (i) =>
      i + 1 < n &&
      /^\s+$/.test(quote.slice(words[i]!.end, words[i + 1]!.start)) &&
      words[i]!.text.toLowerCase() !== words[i + 1]!.text.toLowerCase(),
  );
  if (swap !== undefined) {
    const [a, b] = [words[swap]!, words[swap + 1]!];
    variants.push([
      "words swapped",
      true,
      quote.slice(0, a.start) + b.text + quote.slice(a.end, b.start) + a.text + quote.slice(b.end),
    ]);
  }
  const synonym = SYNONYMS.find(([pattern]) => pattern.test(quote));
  variants.push(["synonym", true, synonym ? quote.replace(synonym[0], synonym[1]) : null]);

  variants.push(["case", false, /\p{Ll}/u.test(quote) ? quote.toUpperCase() : quote.toLowerCase()]);
  variants.push(["punctuation", false, `${quote.replace(/[,.;:!?](?=\s|$)/g, "").trimEnd()}!`]);
  variants.push(["straight quotes", false, quote.replace(/[‘’]/g, "'"), true]);
  const spelling = SPELLINGS.find(([pattern]) => pattern.test(quote));
  variants.push(["spelling variant", false, spelling ? quote.replace(spelling[0], spelling[1]) : null]);
  if (n >= 6) {
    const keep = Math.max(2, Math.floor(n / 3));
    variants.push([
      "excerpt with …",
      false,
      `${quote.slice(words[0]!.start, words[keep - 1]!.end)} … ${quote.slice(words[n - keep]!.start, words[n - 1]!.end)}`,
    ]);
  }
  return variants
    .filter((v): v is [VariantKind, boolean, string, boolean?] => v[2] !== null && (v[2] !== quote || v[3] === true))
    .map(([kind, altered, text, straightMarks]) => ({ kind, altered, text, straightMarks: straightMarks ?? false }));
}

/** Removes the first negation ("not", "never", "n't"), else adds "not" after the first auxiliary (or before the middle word). */
function toggleNegation(quote: string): string {
  const contracted = /\b(\p{L}+)n[’']t\b/iu.exec(quote);
  const plain = /\b(?:not|never)\s+/i.exec(quote);
  const first = [contracted, plain].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
  if (first === plain && plain) return quote.slice(0, plain.index) + quote.slice(plain.index + plain[0].length);
  if (first === contracted && contracted) {
    const stem =
      contracted[1]!.toLowerCase() === "wo" ? "will" : contracted[1]!.toLowerCase() === "ca" ? "can" : contracted[1]!;
    return quote.slice(0, contracted.index) + stem + quote.slice(contracted.index + contracted[0].length);
  }
  const auxiliary = /\b(?:am|is|are|was|were|will|would|can|could|should|must|have|has|had|do|does|did)\b/i.exec(quote);
  if (auxiliary)
    return `${quote.slice(0, auxiliary.index + auxiliary[0].length)} not${quote.slice(auxiliary.index + auxiliary[0].length)}`;
  const words = [...quote.matchAll(WORD)];
  const middle = words[Math.floor(words.length / 2)]!;
  return `${quote.slice(0, middle.index)}not ${quote.slice(middle.index)}`;
}

/** The first number with its first digit raised by one ("2,000" → "3,000"), or a number word replaced by the next one; null without a number. */
function changeNumber(quote: string): string | null {
  const digits = /\d/.exec(quote);
  if (digits) return quote.slice(0, digits.index) + String((Number(digits[0]) % 9) + 1) + quote.slice(digits.index + 1);
  const pattern = new RegExp(`\\b(${NUMBER_WORDS.slice(0, -1).join("|")})\\b`, "i");
  const word = pattern.exec(quote);
  if (!word) return null;
  const next = NUMBER_WORDS[NUMBER_WORDS.indexOf(word[1]!.toLowerCase()) + 1]!;
  return quote.slice(0, word.index) + next + quote.slice(word.index + word[0].length);
}
