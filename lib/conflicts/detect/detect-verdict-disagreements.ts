import { conflictFingerprint } from "./conflict-fingerprint";
import { englishQuestion, type ConflictQuestionParams } from "../conflict-question";
import type { DetectedConflict } from "./detected-conflict";

/** One editor's verdict on a claim: the rating of its current revision. */
export interface VerdictOpinion {
  verdictId: string;
  authorId: string;
  /** RatingLevel.key, e.g. "MOSTLY_FALSE". */
  ratingKey: string;
  /** RatingLevel.ordinal: place on the truth scale (1 = worst); null off the scale (unverifiable). */
  ordinal: number | null;
}

/** The verdicts to compare on one claim; the caller chooses which (e.g. current revisions, not withdrawn). */
export interface ClaimVerdicts {
  claimId: string;
  verdicts: VerdictOpinion[];
}

export interface VerdictDisagreement extends DetectedConflict {
  kind: "VERDICT_DISAGREEMENT";
  /** Every verdict on the claim, sorted: resolving the conflict makes them all consistent. */
  verdictIds: string[];
  /** The distinct ratings given, worst first (by ordinal, off-scale ratings last). */
  ratingKeys: string[];
  /** Distance on the truth scale between the furthest ratings; null when a rating is off the scale. */
  spread: number | null;
}

/**
 * Pure: claims on which two different editors gave different ratings (rating
 * keys). Two verdicts of the same author never disagree with each other: that
 * is one editor changing their mind, not a disagreement between editors.
 *
 * The fingerprint is the claim plus each verdict's rating, so running
 * detection again on unchanged verdicts finds the same conflict, and a
 * disagreement that arises again after a resolution (a rating changed) is a
 * new conflict rather than one hidden behind the resolved row.
 * No authorization here: pass claims of one workspace, loaded through its scope.
 */
export function detectVerdictDisagreements(claims: readonly ClaimVerdicts[]): VerdictDisagreement[] {
  const found: VerdictDisagreement[] = [];
  for (const { claimId, verdicts } of claims) {
    if (!editorsDisagree(verdicts)) continue;
    const sorted = [...verdicts].sort((a, b) => (a.verdictId < b.verdictId ? -1 : a.verdictId > b.verdictId ? 1 : 0));
    const ratingKeys = distinctRatings(verdicts);
    const ordinals = verdicts.map((v) => v.ordinal);
    const spread = ordinals.every((o): o is number => o !== null)
      ? Math.max(...ordinals) - Math.min(...ordinals)
      : null;
    const questionParams: ConflictQuestionParams = {
      kind: "VERDICT_DISAGREEMENT",
      ratings: ratingKeys.map((key) => ({
        key,
        label: null,
        count: verdicts.filter((v) => v.ratingKey === key).length,
      })),
    };
    found.push({
      kind: "VERDICT_DISAGREEMENT",
      fingerprint: `${conflictFingerprint("VERDICT_DISAGREEMENT", [claimId])}/${sorted.map((v) => `${v.verdictId}=${v.ratingKey}`).join(",")}`,
      claimIds: [claimId],
      question: englishQuestion(questionParams),
      questionParams,
      verdictIds: sorted.map((v) => v.verdictId),
      ratingKeys,
      spread,
    });
  }
  return found.sort((x, y) => (x.fingerprint < y.fingerprint ? -1 : 1));
}

function editorsDisagree(verdicts: readonly VerdictOpinion[]): boolean {
  return verdicts.some((a) => verdicts.some((b) => a.authorId !== b.authorId && a.ratingKey !== b.ratingKey));
}

function distinctRatings(verdicts: readonly VerdictOpinion[]): string[] {
  const ordinalOf = new Map(verdicts.map((v) => [v.ratingKey, v.ordinal ?? Infinity]));
  return [...ordinalOf.keys()].sort((a, b) => ordinalOf.get(a)! - ordinalOf.get(b)! || (a < b ? -1 : 1));
}
