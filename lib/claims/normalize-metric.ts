/**
 * One name per measured quantity, so "12 dead" and "12 people were killed"
 * land on the same metric and can be compared; used by the value parser and by
 * conflict detection.
 *
 * Decision: subtypes stay distinct. "ballistic missiles", "cruise missiles",
 * "decoy drones" and "shahed drones" are NOT folded into "missiles" / "drones",
 * because outlets report totals and subtotals side by side ("11 missiles, 4 of
 * them ballistic"), and folding them would raise false conflicts. Only words
 * that say nothing about the type ("Russian", "more", "enemy"…) are dropped.
 */
const SYNONYMS: Record<string, string> = {
  killed: "killed",
  kill: "killed",
  dead: "killed",
  died: "killed",
  death: "killed",
  deaths: "killed",
  "death toll": "killed",
  fatalities: "killed",
  fatality: "killed",
  injured: "injured",
  wounded: "injured",
  hurt: "injured",
  injuries: "injured",
  injury: "injured",
  missile: "missiles",
  missiles: "missiles",
  drone: "drones",
  drones: "drones",
  uav: "drones",
  uavs: "drones",
};

/** Heads whose singular is folded into the plural when a subtype precedes them. */
const PLURAL_HEADS: Record<string, string> = { missile: "missiles", drone: "drones", uav: "drones", uavs: "drones" };

/** Words that qualify a noun without naming a subtype. */
export const GENERIC_MODIFIERS = new Set([
  "more",
  "other",
  "others",
  "additional",
  "further",
  "new",
  "russian",
  "ukrainian",
  "enemy",
  "hostile",
]);

/**
 * Pure: the canonical metric name for a word or phrase ("Dead" → "killed",
 * "Russian ballistic missile" → "ballistic missiles"); unknown phrases come
 * back lower-cased with whitespace collapsed, so equal words still match.
 */
export function normalizeMetric(raw: string): string {
  const words = raw
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  const phrase = words.join(" ");
  if (SYNONYMS[phrase]) return SYNONYMS[phrase];
  const kept = words.filter((word) => !GENERIC_MODIFIERS.has(word));
  if (kept.length === 0) return phrase;
  const last = kept[kept.length - 1]!;
  if (kept.length === 1) return SYNONYMS[last] ?? last;
  const head = PLURAL_HEADS[last] ?? last;
  return [...kept.slice(0, -1), head].join(" ");
}

/**
 * Pure: the spellings a claim's stored metric may have for a normalized one
 * ("killed" → "killed", "dead", "died", "death toll"…; "ballistic missiles" →
 * "ballistic missiles", "ballistic missile"): a metric typed in the claim form
 * is stored lower-cased only (schemas.ts), an extracted one normalized, so a
 * look-up of the claims of one metric by the column asks for each of them.
 * Typed words beyond these (a generic modifier, "people killed") are not
 * listed.
 */
export function metricSpellings(normalized: string): string[] {
  const spellings = new Set([normalized]);
  for (const [raw, metric] of Object.entries(SYNONYMS)) if (metric === normalized) spellings.add(raw);
  const words = normalized.split(" ");
  const head = words.at(-1)!;
  if (words.length > 1)
    for (const [raw, plural] of Object.entries(PLURAL_HEADS))
      if (plural === head) spellings.add([...words.slice(0, -1), raw].join(" "));
  return [...spellings];
}
