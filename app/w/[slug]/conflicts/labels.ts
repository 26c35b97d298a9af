import type { ConflictListItemDto } from "@/lib/conflicts/find-conflicts";

/** How each kind of conflict is named in the interface. */
export const KIND_LABELS: Record<ConflictListItemDto["kind"], string> = {
  FIGURE_MISMATCH: "Figures disagree",
  QUOTE_MISMATCH: "Quote wording differs",
  VERDICT_DISAGREEMENT: "Editors disagree",
};

export const STATUS_LABELS: Record<ConflictListItemDto["status"], string> = { OPEN: "Open", RESOLVED: "Resolved" };

export const VERDICT_STATUS_LABELS = { DRAFT: "Draft", SUBMITTED: "Awaiting review", APPROVED: "Approved", REJECTED: "Rejected", CHANGES_REQUESTED: "Changes requested" } as const;

/** Members are named by letter in every view of a conflict: "Claim A", "Claim B"… */
export function memberName(index: number): string {
  return `Claim ${index < 26 ? String.fromCharCode(65 + index) : index + 1}`;
}
