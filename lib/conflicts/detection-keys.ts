import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/policy/actor";
import { normalizeMetric } from "@/lib/claims/normalize-metric";
import { speakerKey } from "./detect-quote-conflicts";

/**
 * Incremental detection: which claims a change can have put into (or taken out
 * of) a figure or quote conflict. Figure conflicts only ever join claims with
 * the same metric (after normalizeMetric), quote conflicts claims of the same
 * speaker (speakerKey): so the changed claims, the other members of the
 * conflicts they are in (a claim whose metric changed leaves its old group),
 * and every claim sharing a metric or a speaker key with any of them are all a
 * run needs to compare. Verdict disagreements are about one claim each, so
 * only the changed claims' verdicts are compared. The rest of the workspace is
 * not read.
 */
export interface DetectionKeys {
  /** claims whose figure group is compared: every claim with one of the metrics */
  figureClaimIds: string[];
  /** claims whose quote group is compared: every claim with one of the speakers */
  quoteClaimIds: string[];
  /** claims whose verdicts are compared: the changed claims themselves (a disagreement is about one claim) */
  verdictClaimIds: string[];
}

export async function detectionKeys(tx: Tx, actor: Actor, changedClaimIds: readonly string[]): Promise<DetectionKeys> {
  const ws = actor.workspaceId;
  // the changed claims and the other members of their stored conflicts, deleted ones included (their keys still count)
  const seeds = await tx.$queryRaw<{ metric: string | null; claimant: string | null }[]>`
    SELECT c.metric, c.claimant FROM "Claim" c
     WHERE c."workspaceId" = ${ws}
       AND (c.id = ANY(${changedClaimIds}::text[])
            OR c.id IN (SELECT m2."claimId" FROM "ConflictMember" m1 JOIN "ConflictMember" m2 ON m2."conflictId" = m1."conflictId" AND m2."workspaceId" = m1."workspaceId"
                         WHERE m1."workspaceId" = ${ws} AND m1."claimId" = ANY(${changedClaimIds}::text[])))`;
  const metricKeys = new Set(seeds.flatMap((s) => (s.metric ? [normalizeMetric(s.metric)] : [])));
  const speakerKeys = new Set(seeds.map((s) => speakerKey(s.claimant)).filter(Boolean));
  return {
    figureClaimIds: await claimsWithMetrics(tx, ws, metricKeys),
    quoteClaimIds: await claimsWithSpeakers(tx, ws, speakerKeys),
    verdictClaimIds: [...changedClaimIds],
  };
}

/** Live claims whose metric normalizes to one of `keys`: the workspace's distinct metrics come from its (workspaceId, metric) index. */
async function claimsWithMetrics(tx: Tx, workspaceId: string, keys: ReadonlySet<string>): Promise<string[]> {
  if (keys.size === 0) return [];
  const metrics = await tx.$queryRaw<
    { metric: string }[]
  >`SELECT DISTINCT metric FROM "Claim" WHERE "workspaceId" = ${workspaceId} AND metric IS NOT NULL`;
  const raw = metrics.map((m) => m.metric).filter((m) => keys.has(normalizeMetric(m)));
  if (raw.length === 0) return [];
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Claim" WHERE "workspaceId" = ${workspaceId} AND "deletedAt" IS NULL AND metric = ANY(${raw}::text[])`;
  return rows.map((r) => r.id);
}

/**
 * Live claims whose claimant has one of the speaker keys. Claimants are read
 * whole (one narrow column) because the key folds spellings and titles
 * ("Mayor Irena Dalsk" = "Irena Dalsk", "Kiev" = "Kyiv") that no index matches.
 */
async function claimsWithSpeakers(tx: Tx, workspaceId: string, keys: ReadonlySet<string>): Promise<string[]> {
  if (keys.size === 0) return [];
  const rows = await tx.$queryRaw<{ id: string; claimant: string }[]>`
    SELECT id, claimant FROM "Claim" WHERE "workspaceId" = ${workspaceId} AND "deletedAt" IS NULL AND claimant IS NOT NULL`;
  return rows.filter((r) => keys.has(speakerKey(r.claimant))).map((r) => r.id);
}
