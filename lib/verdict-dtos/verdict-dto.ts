import type { Prisma } from "@/lib/generated/prisma/client";
import type { VerdictStatus } from "@/lib/generated/prisma/enums";
import type { RatingTone } from "@/lib/verdict-dtos/rating-tone";

// A verdict as it is read: on a claim's page and in the claim list, beside a conflict, in embeds, through the API and
// on the public fact-check. This folder sits below lib/claims and lib/verdicts (whose use cases import claims), so a
// claim reads its verdicts without importing the verdict use cases.

export interface EvidenceDto {
  id: string;
  url: string;
  title: string;
  quote: string | null;
  accessedAt: Date | null;
  isPrimary: boolean;
}

export interface RevisionDto {
  number: number;
  ratingKey: string;
  ratingLabel: string;
  /** where the rating sits on the workspace's scale, for its colour */
  ratingTone: RatingTone;
  summary: string;
  authorName: string;
  createdAt: Date;
  evidence: EvidenceDto[];
}

export interface ReviewDto {
  decision: "APPROVE" | "REJECT" | "REQUEST_CHANGES";
  reason: string | null;
  reviewerName: string;
  revisionNumber: number;
  createdAt: Date;
}

export interface VerdictDto {
  id: string;
  claimId: string;
  status: VerdictStatus;
  lockVersion: number;
  authorId: string;
  authorName: string;
  /** newest first; [0] is the current revision */
  revisions: RevisionDto[];
  reviews: ReviewDto[];
  updatedAt: Date;
}

/** Prisma select for a verdict with everything VerdictDto needs; queries read it through verdictSelectIn. */
export const VERDICT_SELECT = {
  id: true,
  claimId: true,
  status: true,
  lockVersion: true,
  authorId: true,
  updatedAt: true,
  revisions: {
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      summary: true,
      authorId: true,
      createdAt: true,
      ratingLevelId: true,
      evidence: {
        select: { id: true, url: true, title: true, quote: true, accessedAt: true, isPrimary: true },
        orderBy: { createdAt: "asc" },
      },
    },
  },
  reviews: {
    orderBy: { createdAt: "desc" },
    select: { decision: true, reason: true, reviewerId: true, revisionId: true, createdAt: true },
  },
} as const;

/**
 * VERDICT_SELECT with each relation read inside the workspace. Evidence and
 * Review are indexed by (workspaceId, revisionId) and (workspaceId, verdictId,
 * …) only: looked up by the parent's id alone, PostgreSQL reads every row of
 * the table (19,418 and 14,718 at the scale bench's 100×) for each page. Their
 * rows always carry their verdict's workspace, so the rows read are the same.
 */
export function verdictSelectIn(workspaceId: string) {
  const inWorkspace = { workspaceId };
  return {
    ...VERDICT_SELECT,
    revisions: {
      ...VERDICT_SELECT.revisions,
      where: inWorkspace,
      select: {
        ...VERDICT_SELECT.revisions.select,
        evidence: { ...VERDICT_SELECT.revisions.select.evidence, where: inWorkspace },
      },
    },
    reviews: { ...VERDICT_SELECT.reviews, where: inWorkspace },
  } satisfies Prisma.VerdictSelect;
}
