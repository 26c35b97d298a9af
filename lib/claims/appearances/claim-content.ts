import { db, type Tx } from "@/lib/db/client";
import { directQuote } from "@/lib/claims/compare/direct-quote";
import type { ClaimContent } from "@/lib/claims/agreement/compare-passage";
import { readExtraction } from "./stored-appearance";

/**
 * What a claim states, for comparing a passage with it: its statement,
 * claimant and structured value, and its direct-quote words (the quote in the
 * statement, else the quote of its first appearance; see compare/direct-quote.ts;
 * else a whole quote its first passage states).
 * null when the claim is not in the workspace or deleted.
 */
export async function loadClaimContent(
  tx: Tx | typeof db,
  workspaceId: string,
  claimId: string,
): Promise<ClaimContent | null> {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, workspaceId, deletedAt: null },
    select: {
      statement: true,
      claimant: true,
      metric: true,
      valueLow: true,
      valueHigh: true,
      qualifier: true,
      unit: true,
      appearances: {
        where: { annotation: { deletedAt: null } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 1,
        select: { extraction: true, annotation: { select: { exact: true, prefix: true, suffix: true } } },
      },
    },
  });
  if (!claim) return null;
  const first = claim.appearances[0];
  return {
    statement: claim.statement,
    claimant: claim.claimant,
    metric: claim.metric,
    valueLow: claim.valueLow === null ? null : claim.valueLow.toNumber(),
    valueHigh: claim.valueHigh === null ? null : claim.valueHigh.toNumber(),
    qualifier: claim.qualifier,
    unit: claim.unit,
    // the comma that hands a quote over to its attribution ("…village,” he said) is not part of the words
    quote:
      (directQuote(claim, first?.annotation ?? null) ?? firstQuote(first?.extraction))?.replace(/[\s,;:]+$/u, "") ??
      null,
  };
}

/** A quote the first passage states in full, when the claim names no claimant (the speaker may be unknown, the words still count). */
function firstQuote(stored: unknown): string | null {
  return readExtraction(stored)?.quotes.find((q: { partial: boolean }) => !q.partial)?.text ?? null;
}
