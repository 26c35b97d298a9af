import type { ConflictKind } from "@/lib/generated/prisma/enums";

/**
 * Pure: the key that makes detection idempotent (Conflict.fingerprint is
 * unique per workspace): the kind and the sorted member ids, so running
 * detection twice, or with claims in another order, finds the same row.
 * A new member changes the fingerprint on purpose: a conflict that grew is a
 * new question, and a resolved one is not silently reopened.
 */
export function conflictFingerprint(kind: ConflictKind, ids: readonly string[]): string {
  return `${kind}:${[...new Set(ids)].sort().join(",")}`;
}
