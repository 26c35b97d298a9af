import type { AnnotationHitDto } from "@/lib/search/find-annotation-hits";
import type { ClaimHitDto } from "@/lib/search/find-claim-hits";
import type { SearchType } from "@/lib/search/schemas";

type AnchorState = AnnotationHitDto["anchorState"];
type VerdictStatus = ClaimHitDto["verdicts"][number]["status"];

export const TYPE_LABELS: Record<SearchType, string> = { all: "All", articles: "Articles", annotations: "Notes", claims: "Claims" };

export const STATUS_LABELS: Record<VerdictStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Awaiting review",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  CHANGES_REQUESTED: "Changes requested",
};

export const ANCHOR_LABELS: Record<AnchorState, string> = {
  EXACT: "Exact",
  RELOCATED: "Moved",
  TEXT_CHANGED: "Text changed",
  AMBIGUOUS: "Ambiguous",
  ORPHANED: "Orphaned",
};
