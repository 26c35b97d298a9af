/**
 * The rating scale a new workspace starts with. `ordinal` places a level on the
 * truth scale (1 = worst) for agreement statistics and ClaimReview ratingValue;
 * levels outside that scale (misleading, unverifiable) have none.
 */
export const DEFAULT_RATING_LEVELS = [
  { key: "ACCURATE", label: "Accurate", ordinal: 5 },
  { key: "MOSTLY_ACCURATE", label: "Mostly accurate", ordinal: 4 },
  { key: "MIXED", label: "Mixed", ordinal: 3 },
  { key: "MOSTLY_INACCURATE", label: "Mostly inaccurate", ordinal: 2 },
  { key: "FALSE_CLAIM", label: "False", ordinal: 1 },
  { key: "MISLEADING", label: "Misleading", ordinal: null },
  { key: "UNVERIFIABLE", label: "Unverifiable", ordinal: null },
] as const;
