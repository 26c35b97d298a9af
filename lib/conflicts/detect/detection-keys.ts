import type { Tx } from "@/lib/db/client";
import { workspaceScopeSql } from "@/lib/db/scope-sql";
import type { Actor } from "@/lib/policy/actor";
import { normalizeMetric } from "@/lib/claims/normalize-metric";
import { speakerKey } from "./detect-quote-conflicts";
import { eventBuckets } from "./detect-figure-conflicts";
import type { EventInfo } from "./same-event";
import { normalizeLabel } from "../normalize-label";

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
 * not read.
 */
export interface DetectionKeys {
  /** claims whose figure groups are compared: every claim of one of the metrics in one of the events reached */
  figureClaimIds: string[];
  /** claims whose quote group is compared: every claim with one of the speakers */
  quoteClaimIds: string[];
  /** claims whose verdicts are compared: the changed claims themselves (a disagreement is about one claim) */
  verdictClaimIds: string[];
}

export async function detectionKeys(tx: Tx, actor: Actor, changedClaimIds: readonly string[]): Promise<DetectionKeys> {
  const ws = actor.workspaceId;
  // the changed claims and the other members of their stored conflicts, deleted ones included (their keys still count)
  const seeds = await tx.$queryRaw<({ id: string; metric: string | null; claimant: string | null } & EventInfo)[]>`
    SELECT c.id, c.metric, c.claimant, c."eventLabel", c."eventDate", c."eventPlace" FROM "Claim" c
     WHERE ${workspaceScopeSql(actor, "c")}
       -- a UNION, not an OR of the two: with OR PostgreSQL scanned every claim (87 ms at the scale bench's 100×)
       AND c.id IN (SELECT unnest(${changedClaimIds}::text[])
                    UNION
                    SELECT m2."claimId" FROM "ConflictMember" m1
                      JOIN "ConflictMember" m2 ON m2."conflictId" = m1."conflictId" AND m2."workspaceId" = m1."workspaceId"
                     WHERE ${workspaceScopeSql(actor, "m1")} AND m1."claimId" = ANY(${changedClaimIds}::text[]))`;
  const speakerKeys = new Set(seeds.map((s) => speakerKey(s.claimant)).filter(Boolean));
  return {
    figureClaimIds: await claimsInSeedEvents(tx, ws, seeds),
    quoteClaimIds: await claimsWithSpeakers(tx, ws, speakerKeys),
    verdictClaimIds: [...changedClaimIds],
  };
}

type FigureSeed = { id: string; metric: string | null } & EventInfo;

/**
 * Live claims that can be in a figure conflict with a seed: same metric (after
 * normalizeMetric) and an event bucket reached from a seed's buckets through
 * claims that share them. Only the metric's narrow key columns are read (the
 * (workspaceId, metric) index); the closure keeps every claim a conflict
 * component could join, so the run's components equal a full run's.
 */
async function claimsInSeedEvents(tx: Tx, workspaceId: string, seeds: readonly FigureSeed[]): Promise<string[]> {
  // thousands of claims of one metric share a few hundred labels and places: each is normalized once
  const labels = new Map<string, string>();
  const label = (text: string | null | undefined) => {
    if (!text) return "";
    let key = labels.get(text);
    if (key === undefined) labels.set(text, (key = normalizeLabel(text)));
    return key;
  };
  const normalized = new Map<string, string>();
  const keyOf = (metric: string, bucket: string) => {
    if (!normalized.has(metric)) normalized.set(metric, normalizeMetric(metric));
    return `${normalized.get(metric)}\u0000${bucket}`;
  };
  const seedKeys = seeds.flatMap((s) => (s.metric ? eventBuckets(s, label).map((b) => keyOf(s.metric!, b)) : []));
  const metricKeys = new Set(seeds.flatMap((s) => (s.metric ? [normalizeMetric(s.metric)] : [])));
  if (metricKeys.size === 0) return [];
  const metrics = await tx.$queryRaw<
    { metric: string }[]
  >`SELECT DISTINCT metric FROM "Claim" WHERE "workspaceId" = ${workspaceId} AND metric IS NOT NULL`;
  const raw = metrics.map((m) => m.metric).filter((m) => metricKeys.has(normalizeMetric(m)));
  if (raw.length === 0) return [];
  const rows = await tx.$queryRaw<({ id: string; metric: string } & EventInfo)[]>`
    SELECT id, metric, "eventLabel", "eventDate", "eventPlace" FROM "Claim"
     WHERE "workspaceId" = ${workspaceId} AND "deletedAt" IS NULL AND metric = ANY(${raw}::text[])`;
  const claimsIn = new Map<string, string[]>();
  const keysOf = new Map<string, string[]>();
  for (const row of rows) {
    const keys = eventBuckets(row, label).map((b) => keyOf(row.metric, b));
    keysOf.set(row.id, keys);
    for (const key of keys) {
      const bucket = claimsIn.get(key);
      if (bucket) bucket.push(row.id);
      else claimsIn.set(key, [row.id]);
    }
  }
  const reached = new Set(seeds.map((s) => s.id).filter((id) => keysOf.has(id)));
  const visited = new Set<string>();
  const pending = [...seedKeys];
  while (pending.length > 0) {
    const key = pending.pop()!;
    if (visited.has(key)) continue;
    visited.add(key);
    for (const id of claimsIn.get(key) ?? []) {
      if (reached.has(id)) continue; // its buckets are queued already (a seed's are the starting ones)
      reached.add(id);
      pending.push(...keysOf.get(id)!);
    }
  }
  return [...reached];
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
