import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  advance,
  CHAIN_START,
  checkLink,
  type ChainBreak,
  type ChainPosition,
  type StoredChainEvent,
} from "@/lib/audit/chain-link";

/** The outcome of walking one chain (a workspace's, or the events outside any workspace when workspaceId is null). */
export interface ChainVerification {
  workspaceId: string | null;
  /** intact events before the break (all of them when the chain is intact) */
  eventsVerified: number;
  /** the last intact event: its hash, noted somewhere else, later proves that nothing before it was rewritten */
  lastVerified: { eventId: string; chainSeq: bigint; hash: string; createdAt: Date } | null;
  /** the first broken link, null when the chain is intact */
  broken: ChainBreak | null;
}

const BATCH_SIZE = 2_000;

/**
 * Recomputes every hash of one chain, oldest first, and stops at the first
 * broken link. Streams in batches by keyset on (workspaceId, chainSeq), so a
 * chain of hundreds of thousands of events never sits in memory at once.
 * No authorization: callers are the operator's command and use cases that authorize first.
 */
export async function verifyChain(
  workspaceId: string | null,
  options: { batchSize?: number } = {},
): Promise<ChainVerification> {
  const batchSize = options.batchSize ?? BATCH_SIZE;
  let position: ChainPosition = CHAIN_START;
  let eventsVerified = 0;
  let lastVerified: ChainVerification["lastVerified"] = null;
  let after = 0n;
  for (;;) {
    const batch = await readBatch(workspaceId, after, batchSize);
    for (const event of batch) {
      const broken = checkLink(position, event);
      if (broken)
        return {
          workspaceId,
          eventsVerified,
          lastVerified,
          broken: await explainRelink(workspaceId, broken, event, position),
        };
      position = advance(event);
      eventsVerified += 1;
      lastVerified = { eventId: event.id, chainSeq: event.chainSeq, hash: event.hash, createdAt: event.createdAt };
    }
    if (batch.length < batchSize) return { workspaceId, eventsVerified, lastVerified, broken: null };
    after = batch.at(-1)!.chainSeq;
  }
}

/** Every chain in the database, one after the other: the workspaces' (by id), then the events outside any workspace. */
export async function* verifyAllChains(options: { batchSize?: number } = {}): AsyncGenerator<ChainVerification> {
  const chains = await db.$queryRaw<{ workspaceId: string | null }[]>`
    SELECT DISTINCT "workspaceId" FROM "AuditEvent" ORDER BY "workspaceId" NULLS LAST`;
  for (const { workspaceId } of chains) yield await verifyChain(workspaceId, options);
}

function chainOf(workspaceId: string | null): Prisma.Sql {
  return workspaceId === null ? Prisma.sql`"workspaceId" IS NULL` : Prisma.sql`"workspaceId" = ${workspaceId}`;
}

async function readBatch(workspaceId: string | null, afterSeq: bigint, size: number): Promise<StoredChainEvent[]> {
  // before/after as jsonb's own text: the form the database hashed (lib/audit/chain-hash.ts)
  return db.$queryRaw<StoredChainEvent[]>`
    SELECT "id", "workspaceId", "chainSeq", "actorId", "action", "entityType", "entityId", "createdAt",
           "before"::text AS "beforeJson", "after"::text AS "afterJson", "prevHash", "hash"
      FROM "AuditEvent"
     WHERE ${chainOf(workspaceId)} AND "chainSeq" > ${afterSeq}
     ORDER BY "chainSeq"
     LIMIT ${size}`;
}

/**
 * An intact event that links to the wrong predecessor: was it written after
 * another event of this chain (moved), or after one that is gone (missing)?
 */
async function explainRelink(
  workspaceId: string | null,
  broken: ChainBreak,
  event: StoredChainEvent,
  position: ChainPosition,
): Promise<ChainBreak> {
  if (broken.kind !== "reordered" || event.chainSeq !== position.nextSeq) return broken;
  const [predecessor] = await db.$queryRaw<{ id: string; chainSeq: bigint }[]>`
    SELECT "id", "chainSeq" FROM "AuditEvent" WHERE ${chainOf(workspaceId)} AND "hash" = ${event.prevHash} LIMIT 1`;
  const name = `Event #${event.chainSeq} (${event.id})`;
  if (!predecessor) {
    return {
      ...broken,
      kind: "event_missing",
      detail: `${name} was written after an event that is no longer in the chain.`,
    };
  }
  return {
    ...broken,
    detail: `${name} was written after event #${predecessor.chainSeq} (${predecessor.id}), not after event #${position.nextSeq - 1n}: events were reordered.`,
  };
}
