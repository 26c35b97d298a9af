import type { DetectionKeyKind } from "@/lib/generated/prisma/enums";
import { normalizeMetric } from "@/lib/claims/normalize-metric";
import { eventBuckets } from "./detect-figure-conflicts";
import { speakerKey } from "./detect-quote-conflicts";
import type { EventInfo } from "./same-event";
import { normalizeLabel } from "@/lib/claims/compare/normalize-label";

/** What a claim's detection keys are made of. */
export type KeyedClaim = { metric: string | null; claimant: string | null } & EventInfo;

export interface DetectionKey {
  kind: DetectionKeyKind;
  key: string;
}

type Normalize = (text: string | null | undefined) => string;

/**
 * Pure: THE keys of a claim that incremental detection follows (stored in
 * ClaimDetectionKey by refresh-detection-keys.ts, computed here for the claims a
 * run starts from). A figure conflict only joins claims of one metric
 * (normalizeMetric) that share an event bucket (eventBuckets: the label; the day
 * with the place), so each bucket gives one FIGURE_BUCKET key,
 * "killed@label:kyiv strike" (a normalized metric holds no "@"); a quote
 * conflict only joins claims of one speaker (speakerKey), one SPEAKER key.
 * `normalize`: normalizeLabel, or a memo of it for callers that key many claims.
 */
export function claimDetectionKeys(claim: KeyedClaim, normalize: Normalize = normalizeLabel): DetectionKey[] {
  const metric = claim.metric ? normalizeMetric(claim.metric) : "";
  const speaker = speakerKey(claim.claimant);
  return [
    ...(metric ? eventBuckets(claim, normalize).map((bucket) => figureKey(metric, bucket)) : []),
    ...(speaker ? [{ kind: "SPEAKER" as const, key: speaker }] : []),
  ];
}

function figureKey(metric: string, bucket: string): DetectionKey {
  return { kind: "FIGURE_BUCKET", key: `${metric}@${bucket}` };
}

/** Pure: normalizeLabel remembered per text, for keying thousands of claims that share a few hundred labels and places. */
export function memoizedNormalizeLabel(): Normalize {
  const labels = new Map<string, string>();
  return (text) => {
    if (!text) return "";
    let key = labels.get(text);
    if (key === undefined) labels.set(text, (key = normalizeLabel(text)));
    return key;
  };
}
