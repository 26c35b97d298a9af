import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import { krippendorffAlpha } from "./krippendorff-alpha";
import { loadRatingOpinions } from "./detect/load-rating-opinions";

export interface AgreementDto {
  /** Krippendorff's alpha (ordinal); null when undefined (no claim rated twice, or every rating the same). */
  alpha: number | null;
  /** Claims rated on the ordinal scale by two or more editors: the units alpha is computed over. */
  claims: number;
  /** The ratings in those claims. */
  ratings: number;
}

/**
 * Reviewers and up ("conflict.resolve"): how consistently the workspace's
 * editors rate claims, as Krippendorff's alpha at the ordinal level. Units are
 * claims; each editor's current opinion counts once per claim (see
 * loadRatingOpinions: submitted, approved or sent-back verdicts, current
 * revision); ratings off the ordinal scale (misleading, unverifiable) are left
 * out; only claims with ordinal ratings from two or more editors count.
 */
export async function computeAgreement(actor: Actor): Promise<AgreementDto> {
  authorize(actor, "conflict.resolve");
  const opinions = await db.$transaction((tx) => loadRatingOpinions(tx, actor));
  const units = opinions
    .map((claim) => claim.verdicts.flatMap((v) => (v.ordinal === null ? [] : [v.ordinal])))
    .filter((values) => values.length >= 2);
  return {
    alpha: krippendorffAlpha(units, "ordinal"),
    claims: units.length,
    ratings: units.reduce((sum, values) => sum + values.length, 0),
  };
}
