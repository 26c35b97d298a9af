import type { Tx } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { findAppearanceWarnings, type ClaimAppearanceWarning } from "@/lib/claims/appearances/find-appearance-warnings";
import type { Actor } from "@/lib/policy/actor";
import { claimAppearanceScope } from "@/lib/claims/scope";

/**
 * Inside the transaction of an approval: a claim whose appearances carry
 * warnings (a passage linked despite a difference, a figure or quote changed
 * by a new article version) is approved only when the reviewer acknowledges
 * them — else InvalidInputError on "acknowledgeWarnings" listing them, and
 * nothing is written. With the acknowledgement each warned appearance records
 * who acknowledged it and when (a later change warns again). Returns what was
 * acknowledged, for the review row and the audit.
 */
export async function acknowledgeAppearanceWarnings(
  tx: Tx,
  actor: Actor,
  claimId: string,
  acknowledged: boolean,
): Promise<ClaimAppearanceWarning[]> {
  const warnings = (await findAppearanceWarnings(tx, actor.workspaceId, [claimId])).get(claimId) ?? [];
  if (warnings.length === 0) return [];
  if (!acknowledged) {
    throw new InvalidInputError(
      `This claim has ${warnings.length === 1 ? "an appearance warning" : `${warnings.length} appearance warnings`}. Read and acknowledge before approving.`,
      {
        acknowledgeWarnings: warnings.map((w) => `${w.articleTitle}: ${w.summary}`),
      },
    );
  }
  await tx.claimAppearance.updateMany({
    where: { ...claimAppearanceScope(actor), id: { in: warnings.map((w) => w.appearanceId) } },
    data: { acknowledgedAt: new Date(), acknowledgedById: actor.userId },
  });
  return warnings;
}
