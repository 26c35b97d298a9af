import type { Tx } from "@/lib/db/client";
import { workspaceScopeSql } from "@/lib/db/scope-sql";
import type { Actor } from "@/lib/policy/actor";
import { claimDetectionKeys, type KeyedClaim } from "./claim-detection-keys";
import { refreshDetectionKeys } from "./refresh-detection-keys";

/**
 * Incremental detection: which claims a change can have put into (or taken out
 * of) a figure or quote conflict. Figure conflicts only ever join claims with
 * the same metric (after normalizeMetric), quote conflicts claims of the same
 * speaker (speakerKey): so the changed claims, the other members of the
 * conflicts they are in (a claim whose metric changed leaves its old group),
 * every claim of the same metric that shares an event bucket (label, or day
 * and place) with any of them, and so on while the buckets reach further, and
 * every claim sharing a speaker key with any of them are all a run needs to
 * compare. Verdict disagreements are about one claim each, so
 * only the changed claims' verdicts are compared. The rest of the workspace is
 * not read: the keys are stored per claim (ClaimDetectionKey, brought up to
 * date first by refreshDetectionKeys) and looked up through their index.
 */
export interface DetectionKeys {
  /** claims whose figure groups are compared: every claim of one of the metrics in one of the events reached */
  figureClaimIds: string[];
  /** claims whose quote group is compared: every claim with one of the speakers */
  quoteClaimIds: string[];
  /** claims whose verdicts are compared: the changed claims themselves (a disagreement is about one claim) */
  verdictClaimIds: string[];
  /** how many key rows the look-ups read (what an incremental run costs grows with this, not with the workspace) */
  keyRowsRead: number;
}

type Seed = { id: string; live: boolean } & KeyedClaim;

export async function detectionKeys(tx: Tx, actor: Actor, changedClaimIds: readonly string[]): Promise<DetectionKeys> {
  await refreshDetectionKeys(tx, actor.workspaceId);
  // the changed claims and the other members of their stored conflicts, deleted ones included (their keys still count)
  const seeds = await tx.$queryRaw<Seed[]>`
    SELECT c.id, c.metric, c.claimant, c."eventLabel", c."eventDate", c."eventPlace", c."deletedAt" IS NULL AS live
      FROM "Claim" c
     WHERE ${workspaceScopeSql(actor, "c")}
       -- a UNION, not an OR of the two: with OR PostgreSQL scanned every claim (87 ms at the scale bench's 100×)
       AND c.id IN (SELECT unnest(${changedClaimIds}::text[])
                    UNION
                    SELECT m2."claimId" FROM "ConflictMember" m1
                      JOIN "ConflictMember" m2 ON m2."conflictId" = m1."conflictId" AND m2."workspaceId" = m1."workspaceId"
                     WHERE ${workspaceScopeSql(actor, "m1")} AND m1."claimId" = ANY(${changedClaimIds}::text[]))`;
  const keys = seeds.flatMap((seed) => claimDetectionKeys(seed));
  const keysOf = (kind: string) => [...new Set(keys.filter((k) => k.kind === kind).map((k) => k.key))];
  const figures = await claimsInBuckets(tx, actor, keysOf("FIGURE_BUCKET"));
  const speakers = await claimsWithSpeakers(tx, actor, keysOf("SPEAKER"));
  // a live seed with a metric is compared even without an event (it may just have left the one its conflict was about)
  for (const seed of seeds) if (seed.live && seed.metric) figures.claimIds.add(seed.id);
  return {
    figureClaimIds: [...figures.claimIds],
    quoteClaimIds: speakers.claimIds,
    verdictClaimIds: [...changedClaimIds],
    keyRowsRead: figures.rowsRead + speakers.claimIds.length,
  };
}

/**
 * Live claims that can be in a figure conflict with a seed: those in one of
 * the seeds' buckets (metric and event bucket in one key), then those in
 * another bucket of one of them, and so on until no new bucket is reached;
 * the closure keeps every claim a conflict component could join, so the run's
 * components equal a full run's. Each step is one look-up on the key index
 * (a few steps: buckets rarely chain far).
 */
async function claimsInBuckets(
  tx: Tx,
  actor: Actor,
  seedKeys: readonly string[],
): Promise<{ claimIds: Set<string>; rowsRead: number }> {
  const claimIds = new Set<string>();
  const visited = new Set(seedKeys);
  let rowsRead = 0;
  for (let pending = [...seedKeys]; pending.length > 0;) {
    const rows = await tx.$queryRaw<{ claimId: string; key: string }[]>`
      SELECT k."claimId", other.key FROM "ClaimDetectionKey" k
        JOIN "ClaimDetectionKey" other ON other."claimId" = k."claimId" AND other.kind = 'FIGURE_BUCKET'
       WHERE ${workspaceScopeSql(actor, "k")} AND k.kind = 'FIGURE_BUCKET' AND k.key = ANY(${pending}::text[])`;
    rowsRead += rows.length;
    pending = [];
    for (const { claimId, key } of rows) {
      claimIds.add(claimId);
      if (!visited.has(key)) {
        visited.add(key);
        pending.push(key);
      }
    }
  }
  return { claimIds, rowsRead };
}

/** Live claims whose claimant has one of the speaker keys ("Mayor Irena Dalsk" and "Irena Dalsk" share one). */
async function claimsWithSpeakers(tx: Tx, actor: Actor, keys: readonly string[]): Promise<{ claimIds: string[] }> {
  if (keys.length === 0) return { claimIds: [] };
  const rows = await tx.$queryRaw<{ claimId: string }[]>`
    SELECT DISTINCT "claimId" FROM "ClaimDetectionKey" k
     WHERE ${workspaceScopeSql(actor, "k")} AND kind = 'SPEAKER' AND key = ANY(${keys}::text[])`;
  return { claimIds: rows.map((r) => r.claimId) };
}
