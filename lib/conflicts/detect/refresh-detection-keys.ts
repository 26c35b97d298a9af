import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { claimDetectionKeys, memoizedNormalizeLabel, type KeyedClaim } from "./claim-detection-keys";

/** Claims keyed per statement; a batch is also one transaction of the backfill. */
const BATCH = 2_000;

/**
 * Brings the ClaimDetectionKey rows of a workspace's stale claims up to date
 * (Claim.detectionKeysStale, which a database trigger sets whenever metric,
 * event or claimant change, and on every insert, whatever wrote the row — so no
 * write path can leave wrong keys behind, and none has to remember to write
 * them). Runs inside the caller's transaction: at the start of each
 * incremental detection run, which then finds every claim's keys current (the
 * one just changed and any a bulk insert left). Live claims get their keys
 * (claimDetectionKeys), deleted ones none. Stale rows are locked (FOR NO KEY
 * UPDATE, as an UPDATE would) before they are keyed, so a change committed
 * meanwhile waits and marks its claim stale again. Returns how many claims it keyed.
 */
export async function refreshDetectionKeys(tx: Tx, workspaceId: string): Promise<number> {
  let keyed = 0;
  for (let batch = BATCH; batch === BATCH; keyed += batch) batch = await refreshBatch(tx, workspaceId);
  return keyed;
}

async function refreshBatch(tx: Tx, workspaceId: string): Promise<number> {
  const stale = await tx.$queryRaw<({ id: string; deleted: boolean } & KeyedClaim)[]>`
    SELECT id, metric, claimant, "eventLabel", "eventDate", "eventPlace", "deletedAt" IS NOT NULL AS deleted
      FROM "Claim" WHERE "workspaceId" = ${workspaceId} AND "detectionKeysStale"
     ORDER BY id LIMIT ${BATCH} FOR NO KEY UPDATE`;
  if (stale.length === 0) return 0;
  const normalize = memoizedNormalizeLabel();
  const claimIds: string[] = [];
  const kinds: string[] = [];
  const keys: string[] = [];
  for (const claim of stale.filter((c) => !c.deleted))
    for (const { kind, key } of claimDetectionKeys(claim, normalize)) {
      claimIds.push(claim.id);
      kinds.push(kind);
      keys.push(key);
    }
  const ids = stale.map((c) => c.id);
  await tx.$executeRaw`DELETE FROM "ClaimDetectionKey" WHERE "claimId" = ANY(${ids}::text[])`;
  await tx.$executeRaw`
    INSERT INTO "ClaimDetectionKey" ("workspaceId", "claimId", kind, key)
    SELECT ${workspaceId}, t.claim, t.kind::"DetectionKeyKind", t.key
      FROM unnest(${claimIds}::text[], ${kinds}::text[], ${keys}::text[]) AS t(claim, kind, key)
    ON CONFLICT DO NOTHING`;
  // only this column: the trigger leaves the flag alone when metric, event, claimant and deletedAt are not written
  await tx.$executeRaw`UPDATE "Claim" SET "detectionKeysStale" = false WHERE id = ANY(${ids}::text[])`;
  return stale.length;
}

/**
 * THE backfill of detection keys, run by the migrate step
 * (scripts/prepare-database.ts applyMigrations) after `prisma migrate deploy`:
 * keys every stale claim of every workspace (all existing claims after the
 * migration that added the keys; none on later starts, one index look-up per
 * workspace), a batch per transaction so a large workspace does not hold one
 * long transaction. Idempotent. No actor: a maintenance step of the operator's.
 */
export async function backfillDetectionKeys(client: PrismaClient): Promise<number> {
  const workspaces = await client.$queryRaw<{ id: string }[]>`SELECT id FROM "Workspace" ORDER BY id`;
  let keyed = 0;
  for (const { id } of workspaces)
    for (let batch = BATCH; batch === BATCH; keyed += batch)
      batch = await client.$transaction((tx) => refreshBatch(tx, id), { timeout: 60_000 });
  return keyed;
}
