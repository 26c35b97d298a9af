import type { Prisma } from "@/lib/generated/prisma/client";
import type { PassageExtraction } from "@/lib/claims/extract/extract-passage";
import type { AppearanceDifference } from "@/lib/claims/agreement/compare-passage";
import type { ExtractionChange } from "@/lib/claims/agreement/compare-extractions";
import {
  APPEARANCE_FLAG_FIELDS,
  appearanceWarning,
  readChange,
  readDifferences,
  readExtraction,
  type AppearanceWarning,
} from "./stored-appearance";

/** A passage that states a claim, in context, with what it states and its integrity flags (claim pages, conflict pages, the API). */
export interface AppearanceDto {
  id: string;
  annotationId: string;
  articleId: string;
  articleTitle: string;
  outlet: string | null;
  prefix: string;
  exact: string;
  suffix: string;
  /** what the passage states; null for passages linked before extraction existed */
  extraction: PassageExtraction | null;
  /** how it differs from the claim, as linked (or after the last article version) */
  differences: AppearanceDifference[];
  /** the editor's "same claim despite the difference" note */
  differenceNote: string | null;
  /** the last change a new article version made to what it states */
  change: (ExtractionChange & { versionNumber?: number }) | null;
  changedAt: Date | null;
  acknowledgedAt: Date | null;
  /** the open warning (differs / changed) a reviewer must acknowledge before approving, else null */
  warning: AppearanceWarning | null;
}

/** The Prisma select toAppearanceDto reads. */
export const APPEARANCE_DTO_SELECT = {
  ...APPEARANCE_FLAG_FIELDS,
  extraction: true,
  annotation: {
    select: {
      id: true,
      articleId: true,
      prefix: true,
      exact: true,
      suffix: true,
      version: { select: { article: { select: { title: true, outlet: true, deletedAt: true } } } },
    },
  },
} as const satisfies Prisma.ClaimAppearanceSelect;

type AppearanceRow = Prisma.ClaimAppearanceGetPayload<{ select: typeof APPEARANCE_DTO_SELECT }>;

export function toAppearanceDto(row: AppearanceRow): AppearanceDto {
  const a = row.annotation;
  return {
    id: row.id,
    annotationId: a.id,
    articleId: a.articleId,
    articleTitle: a.version.article.title,
    outlet: a.version.article.outlet,
    prefix: a.prefix,
    exact: a.exact,
    suffix: a.suffix,
    extraction: readExtraction(row.extraction),
    differences: readDifferences(row.differences),
    differenceNote: row.differenceNote,
    change: readChange(row.change),
    changedAt: row.changedAt,
    acknowledgedAt: row.acknowledgedAt,
    warning: appearanceWarning(row),
  };
}
