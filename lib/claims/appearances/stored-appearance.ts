import type { PassageExtraction } from "@/lib/claims/extract/extract-passage";
import type { AppearanceDifference } from "@/lib/claims/agreement/compare-passage";
import type { ExtractionChange } from "@/lib/claims/agreement/compare-extractions";

/**
 * The integrity columns of a ClaimAppearance and the one rule that reads them:
 * when an appearance needs a reviewer's acknowledgement before a verdict on
 * its claim can be approved.
 */
export const APPEARANCE_FLAG_FIELDS = {
  id: true,
  differences: true,
  differenceNote: true,
  changedAt: true,
  change: true,
  acknowledgedAt: true,
} as const;

export interface StoredAppearanceFlags {
  id: string;
  differences: unknown;
  differenceNote: string | null;
  changedAt: Date | null;
  change: unknown;
  acknowledgedAt: Date | null;
}

export interface AppearanceWarning {
  appearanceId: string;
  /** "differs": linked although it states something else; "changed": a new article version changed what it states */
  kind: "differs" | "changed";
  differences: AppearanceDifference[];
  change: ExtractionChange | null;
  differenceNote: string | null;
  /** one line for people */
  summary: string;
}

/** JSON columns are written only by this module's callers; read them back with the shape they were written in. */
export function readDifferences(stored: unknown): AppearanceDifference[] {
  return Array.isArray(stored) ? (stored as AppearanceDifference[]) : [];
}
export function readExtraction(stored: unknown): PassageExtraction | null {
  return stored && typeof stored === "object" && Array.isArray((stored as PassageExtraction).figures)
    ? (stored as PassageExtraction)
    : null;
}
export function readChange(stored: unknown): ExtractionChange | null {
  return stored && typeof stored === "object" && typeof (stored as ExtractionChange).summary === "string"
    ? (stored as ExtractionChange)
    : null;
}

/**
 * Pure: the warning an appearance carries, or null. A passage linked despite a
 * difference, or changed by a new version, warns until a reviewer acknowledges
 * it; a change after the acknowledgement warns again.
 */
export function appearanceWarning(appearance: StoredAppearanceFlags): AppearanceWarning | null {
  const differences = readDifferences(appearance.differences);
  const change = readChange(appearance.change);
  const changedSinceAck =
    appearance.changedAt !== null &&
    (appearance.acknowledgedAt === null || appearance.changedAt > appearance.acknowledgedAt);
  if (changedSinceAck && change) {
    return {
      appearanceId: appearance.id,
      kind: "changed",
      differences,
      change,
      differenceNote: appearance.differenceNote,
      summary: `Appearance changed: ${change.summary}`,
    };
  }
  if (differences.length > 0 && appearance.acknowledgedAt === null) {
    return {
      appearanceId: appearance.id,
      kind: "differs",
      differences,
      change,
      differenceNote: appearance.differenceNote,
      summary: describeDifferences(differences),
    };
  }
  return null;
}

/** Pure: differences in words: "Altered quote: “…” → “…”; other figure: 12 killed vs 19 killed". */
export function describeDifferences(differences: AppearanceDifference[]): string {
  return differences
    .map((d) => {
      switch (d.kind) {
        case "ALTERED_QUOTE":
          return `altered quote: “${d.claimQuote}” → “${d.passageQuote}”`;
        case "OTHER_FIGURE":
          return `other figure: ${d.passageFigure} (the claim: ${d.claimFigure})`;
        case "INCOMPATIBLE_QUALIFIER":
          return `incompatible qualifier: ${d.passageFigure} (the claim: ${d.claimFigure})`;
      }
    })
    .join("; ")
    .replace(/^./, (c) => c.toUpperCase());
}
