/**
 * Where a rating sits on the workspace's truth scale, for colour: five tones
 * from "true" to "false", and "unrated" for levels outside the scale
 * (misleading, unverifiable). Colours are picked for colour-blind readers
 * (app/globals.css, .rating-badge) and always come with the rating's text.
 */
export type RatingTone = "true" | "mostly-true" | "mixed" | "mostly-false" | "false" | "unrated";

/** Pure: the tone of a level with `ordinal` (1 = worst) on a scale whose best level is `bestOrdinal`. */
export function ratingTone(ordinal: number | null | undefined, bestOrdinal: number): RatingTone {
  if (ordinal == null || bestOrdinal < 1) return "unrated";
  if (bestOrdinal === 1) return ordinal >= 1 ? "true" : "false";
  const position = (Math.min(Math.max(ordinal, 1), bestOrdinal) - 1) / (bestOrdinal - 1);
  if (position >= 0.875) return "true";
  if (position >= 0.625) return "mostly-true";
  if (position >= 0.375) return "mixed";
  if (position >= 0.125) return "mostly-false";
  return "false";
}

/** The tone of every level of a scale, by level id (levels: the workspace's RatingLevel rows). */
export function tonesByLevel(levels: readonly { id: string; ordinal: number | null }[]): Map<string, RatingTone> {
  const best = levels.reduce((max, l) => Math.max(max, l.ordinal ?? 0), 0);
  return new Map(levels.map((l) => [l.id, ratingTone(l.ordinal, best)]));
}
