/**
 * Finds the numbers written in a (lower-cased) text: digits with thousands
 * separators and decimals, number words ("twelve", "twenty-one", "a dozen"),
 * scale words ("40 million"), currencies and percentages. Dates, years, times
 * ("10:30", "3 p.m.", "3 min"), ages ("19 years old"), ordinals and numbers
 * glued to letters ("24th", "11-year-old", "covid-19") are not figures and are
 * skipped, so "the April 24 assault killed 12" has one number.
 *
 * A comma before one or two digits is a decimal comma (European style) only
 * when a scale word or a percent sign follows: "1,2 million" is 1 200 000 and
 * "3,5 %" is 3.5 %, while a bare "1,2" stays unread (a list? a decimal?) and
 * "1,200" is twelve hundred.
 */
export interface NumberMatch {
  /** UTF-16 offsets in the searched text, end exclusive. */
  start: number;
  end: number;
  value: number;
  /** The number as written, before any scale word: 15 in "15 million". */
  raw: number;
  /** "percent", an ISO 4217 code, or undefined for a plain count. */
  unit?: string;
}

const UNITS =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " ",
  );
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  bn: 1e9,
};
const MONTHS =
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec";
const CURRENCY_SIGNS: Record<string, string> = { $: "USD", us$: "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB" };
const CURRENCY_WORDS: Record<string, string> = {
  euro: "EUR",
  euros: "EUR",
  eur: "EUR",
  dollar: "USD",
  dollars: "USD",
  usd: "USD",
  gbp: "GBP",
  hryvnia: "UAH",
  hryvnias: "UAH",
  uah: "UAH",
  ruble: "RUB",
  rubles: "RUB",
  rouble: "RUB",
  roubles: "RUB",
  rub: "RUB",
};

const WORD_NUMBER = `(?:${TENS.join("|")})(?:[- ](?:${UNITS.slice(1, 10).join("|")}))?|${UNITS.join("|")}`;
const SCALE = String.raw`(?:\s+(?:hundred|thousand|million|billion|trillion)\b)+|(?:k|m|bn)(?![\p{L}\d])`;
const DECIMAL_COMMA = String.raw`\d+,\d{1,2}(?=${SCALE}|\s?%|\s+per\s?cent\b)`;
const DIGITS = String.raw`${DECIMAL_COMMA}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d.,:/]|\p{L}-)(us\$|[$€£₴₽])?\s?(?:(${DIGITS})|\b(a|${WORD_NUMBER})(\s+dozen)?)(${SCALE})?` +
    String.raw`(\s?%|\s+per\s?cent\b|\s+(?:${Object.keys(CURRENCY_WORDS).join("|")})\b)?(?![\p{L}\d/:]|[.,]\d|-\p{L})`,
  "gu",
);
const YEAR_CONTEXT_BEFORE = new RegExp(
  String.raw`(?:^|\b)(?:in|since|of|by|until|from|year|early|late|mid|summer|winter|spring|autumn|fall|${MONTHS.replace(/ /g, "|")})\s*,?\s*$`,
);
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTHS.replace(/ /g, "|")})\.?\s+$`);
const MONTH_AFTER = new RegExp(String.raw`^\s+(?:of\s+)?(?:${MONTHS.replace(/ /g, "|")})\b`);
/** A clock time or a duration in minutes or hours, or an age: "3 p.m.", "3 min", "19 years old". */
const TIME_OR_AGE_AFTER =
  /^(?:\s*(?:a\.?m\.?|p\.?m\.?|o'clock|h|hrs?|hours?|mins?|minutes?|secs?|seconds?)(?!\p{L})|[\s-]+(?:years?|months?)[\s-]+old\b)/u;
/** Dates and times need only the few words around a number; bounded so a long text stays linear. */
const CONTEXT = 40;

/** Pure: every number in `text` (already lower-cased), in text order. */
export function findNumbers(text: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [whole, sign, digits, word, dozen, scale, suffix] = m;
    const base = digits !== undefined ? digitsValue(digits) : wordValue(word!, dozen);
    if (base === null || Number.isNaN(base)) continue;
    const start = m.index + (whole.length - whole.trimStart().length);
    const end = m.index + whole.length;
    const multiplier = (scale?.trim().split(/\s+/) ?? []).reduce((product, word) => product * SCALES[word]!, 1);
    // "a" alone, "m"/"k" glued to a word-number and the pronoun "one" ("no one", "the one", "one another") are not figures.
    if (word === "a" && !dozen && !scale) continue;
    if (word !== undefined && scale && /^(?:k|m|bn)$/.test(scale)) continue;
    if (word === "one" && !scale && !dozen && isPronounOne(text, start, end)) continue;
    const unit = unitOf(sign, suffix);
    const match: NumberMatch = { start, end, value: base * multiplier, raw: base, unit };
    if (isDateTimeOrAge(text, match, digits) || isLabelNotCount(text, match, digits)) continue;
    found.push(match);
  }
  return found;
}

function isPronounOne(text: string, start: number, end: number): boolean {
  return (
    /\b(?:no|the|this|that|which|any|every|each)\s+$/.test(text.slice(Math.max(0, start - CONTEXT), start)) ||
    /^\s+another\b/.test(text.slice(end, end + CONTEXT))
  );
}

/** "1,200" → 1200; a decimal comma (only ever matched before a scale word or %): "1,2" → 1.2. */
function digitsValue(digits: string): number {
  return /^\d+,\d{1,2}$/.test(digits) ? Number(digits.replace(",", ".")) : Number(digits.replace(/,/g, ""));
}

function wordValue(word: string, dozen: string | undefined): number | null {
  const parts = word.split(/[- ]/);
  let value = 0;
  for (const part of parts) {
    if (part === "a") value += 1;
    else if (UNITS.includes(part)) value += UNITS.indexOf(part);
    else if (TENS.includes(part)) value += (TENS.indexOf(part) + 2) * 10;
    else return null;
  }
  return dozen ? value * 12 : value;
}

function unitOf(sign: string | undefined, suffix: string | undefined): string | undefined {
  if (sign) return CURRENCY_SIGNS[sign];
  const word = suffix?.trim();
  if (!word) return undefined;
  if (word === "%" || word.startsWith("per")) return "percent";
  return CURRENCY_WORDS[word];
}

/** Days of a month next to a month name, bare years in a year-like context, clock times, durations and ages. */
const ADDRESS_AFTER =
  /^\s+(?:[\p{L}'’-]+\s+){0,2}(?:street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd\.|lane|square|prospekt|prospect|highway)(?![\p{L}])/u;
const NUMBERED_BEFORE =
  /(?:\bno\.?|\bnumber|\bnr\.?|#|\bplatform|\bbuilding|\bhouse|\bschool|\bhospital|\bbus|\bline|\broute|\bflight|\bbrigade|\bunit)\s*$/u;
const PEOPLE_OR_CASUALTY =
  /^(?:people|persons?|civilians?|dead|killed|injured|wounded|soldiers?|children|men|women|residents?|troops|victims?|others)$/u;

/**
 * Numbers that name or label rather than count: a street number ("14 Khreshchatyk
 * Street"), a numbered thing ("School No. 5", "bus 12"), an age set off by commas
 * after a name ("a woman, 81," / "Anna Berg, 54,"), and a year before a singular
 * noun ("the 2026 budget").
 */
function isLabelNotCount(text: string, match: NumberMatch, digits: string | undefined): boolean {
  if (digits === undefined || match.unit || match.value !== match.raw || !/^\d+$/.test(digits)) return false;
  const before = text.slice(Math.max(0, match.start - CONTEXT), match.start);
  const after = text.slice(match.end, match.end + CONTEXT);
  if (ADDRESS_AFTER.test(after) || NUMBERED_BEFORE.test(before)) return true;
  if (
    match.value <= 120 &&
    /\p{L},\s*$/u.test(before) &&
    /^\s*,/.test(after) &&
    !/\b(?:killed|killing|kills|injuring|injured|dead|wounded|to|least|about|than|some)\s*,?\s*$/u.test(before)
  )
    return true;
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1];
  return (
    digits.length === 4 &&
    match.value >= 1900 &&
    match.value <= 2100 &&
    next !== undefined &&
    !next.endsWith("s") &&
    !PEOPLE_OR_CASUALTY.test(next)
  );
}

function isDateTimeOrAge(text: string, match: NumberMatch, digits: string | undefined): boolean {
  const after = text.slice(match.end, match.end + CONTEXT);
  if (!match.unit && match.value === match.raw && TIME_OR_AGE_AFTER.test(after)) return true;
  if (digits === undefined || match.unit || match.value !== match.raw || !/^\d+$/.test(digits)) return false;
  const before = text.slice(Math.max(0, match.start - CONTEXT), match.start);
  if (match.value >= 1 && match.value <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) return true;
  if (match.value < 1800 || match.value > 2100 || digits.length !== 4) return false;
  return YEAR_CONTEXT_BEFORE.test(before) || /^\s*(?:$|[^\s\p{L}])/u.test(after);
}
