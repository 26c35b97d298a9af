import type { SourceHealth } from "@/lib/generated/prisma/enums";

/** One re-fetch of a preserved source: the status it answered (null: no answer at all) and the hash of what it served. */
export interface CheckOutcome {
  status: number | null;
  contentHash: string | null;
}

/**
 * Pure: the health of a source after a check. DEAD when it gives no answer
 * or an error status (≥ 400); CHANGED when its readable content differs from
 * the preserved copy's; LIVE otherwise. A source that was dead at citation
 * and still is stays DEAD; one preserved without any copy is LIVE while it answers.
 */
export function decideHealth(preservedHash: string | null, outcome: CheckOutcome): SourceHealth {
  if (outcome.status === null || outcome.status >= 400) return "DEAD";
  if (preservedHash !== null && outcome.contentHash !== null && outcome.contentHash !== preservedHash) return "CHANGED";
  return "LIVE";
}
