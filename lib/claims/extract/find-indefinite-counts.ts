/**
 * Plural counts without a number: "dozens of", "hundreds", "tens of
 * thousands of". A reader takes "dozens" as at least two dozen, so each is
 * read as AT_LEAST two of its unit: dozens ≥ 24, scores ≥ 40, hundreds ≥ 200,
 * thousands ≥ 2 000, tens of thousands ≥ 20 000, hundreds of thousands ≥
 * 200 000, millions ≥ 2 000 000. The text keeps a trailing "of" ("dozens of"),
 * because that is how editors quote the phrase.
 */
export interface IndefiniteCount {
  /** UTF-16 offsets in the searched text, end exclusive. */
  start: number;
  end: number;
  /** The least the phrase allows. */
  value: number;
  text: string;
}

const UNIT: Record<string, number> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};
const GROUP: Record<string, number> = { tens: 10, dozens: 12, hundreds: 100 };
const INDEFINITE =
  /(?<![\p{L}\p{N}])(?:(tens|dozens|hundreds)\s+of\s+)?(dozens|scores|hundreds|thousands|millions|billions)(?:\s+of(?!\p{L}))?(?![\p{L}\p{N}])/gu;

/** Pure: the indefinite plural counts of a lower-cased text, in text order. */
export function findIndefiniteCounts(text: string): IndefiniteCount[] {
  const found: IndefiniteCount[] = [];
  for (const match of text.matchAll(INDEFINITE)) {
    const [whole, group, unit] = match;
    // "dozens of dozens" is not a phrase anyone writes; the group must be smaller than the unit.
    const groupSize = group ? GROUP[group]! : 1;
    if (group && groupSize >= UNIT[unit!]!) continue;
    // "the scores were level": only "scores of" counts.
    if (unit === "scores" && !/of$/.test(whole)) continue;
    found.push({
      start: match.index,
      end: match.index + whole.length,
      value: 2 * groupSize * UNIT[unit!]!,
      text: whole,
    });
  }
  return found;
}
