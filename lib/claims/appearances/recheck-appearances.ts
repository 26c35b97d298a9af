import type { Tx } from "@/lib/db/client";
import { comparePassageWithClaim } from "@/lib/claims/agreement/compare-passage";
import type { Actor } from "@/lib/policy/actor";
import { claimAppearanceScope } from "@/lib/claims/scope";
import { loadClaimContent } from "./claim-content";
import { readExtraction } from "./stored-appearance";

/**
 * Inside the transaction of a claim edit: every appearance's differences are
 * recomputed against what the claim now states (an editor who corrects the
 * claim's figure makes a "different figure" warning go away, or appear).
 * The first appearance states what the claim was made from and is not compared.
 */
export async function recheckAppearances(tx: Tx, actor: Actor, claimId: string): Promise<void> {
  const content = await loadClaimContent(tx, actor.workspaceId, claimId);
  if (!content) return;
  const appearances = await tx.claimAppearance.findMany({
    where: { ...claimAppearanceScope(actor), claimId, annotation: { deletedAt: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, extraction: true, differences: true },
  });
  for (const appearance of appearances.slice(1)) {
    const extraction = readExtraction(appearance.extraction);
    if (!extraction) continue;
    const differences = comparePassageWithClaim(content, extraction);
    if (JSON.stringify(differences) === JSON.stringify(appearance.differences)) continue;
    await tx.claimAppearance.updateMany({
      where: claimAppearanceScope(actor, appearance.id),
      data: { differences: differences as object[] },
    });
  }
}
