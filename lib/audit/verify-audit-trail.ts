import { authorize } from "@/lib/policy/policy";
import { verifyChain } from "@/lib/audit/verify-chain";
import type { ChainBreakKind } from "@/lib/audit/chain-link";
import type { Actor } from "@/lib/policy/actor";

export interface AuditTrailStatus {
  intact: boolean;
  /** intact events, oldest first, before the break (all of them when intact) */
  eventsVerified: number;
  /** the last intact event */
  lastVerified: { eventId: string; sequence: number; hash: string; createdAt: Date } | null;
  brokenAt: { eventId: string; sequence: number; kind: ChainBreakKind; detail: string } | null;
  verifiedAt: Date;
}

/**
 * Admins only (audit.read, like the audit log): recomputes the hash chain of the
 * actor's workspace now (lib/audit/verify-chain.ts) and says whether it is intact.
 * Reads every event of the workspace, in batches: seconds for a very large one.
 */
export async function verifyAuditTrail(actor: Actor): Promise<AuditTrailStatus> {
  authorize(actor, "audit.read");
  const chain = await verifyChain(actor.workspaceId);
  const last = chain.lastVerified;
  const broken = chain.broken;
  return {
    intact: broken === null,
    eventsVerified: chain.eventsVerified,
    lastVerified: last && {
      eventId: last.eventId,
      sequence: Number(last.chainSeq),
      hash: last.hash,
      createdAt: last.createdAt,
    },
    brokenAt: broken && {
      eventId: broken.eventId,
      sequence: Number(broken.chainSeq),
      kind: broken.kind,
      detail: broken.detail,
    },
    verifiedAt: new Date(),
  };
}
