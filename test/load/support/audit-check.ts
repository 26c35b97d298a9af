/**
 * After a run: what the database holds, compared with what the app
 * acknowledged. Read with plain SQL through pg, not through the app's code.
 *
 * - every acknowledged write is there (its row, and exactly one audit event for
 *   it: none lost, none doubled);
 * - nothing is half-written: each row's state is exactly what its audit trail
 *   says happened (a verdict has all its evidence, its status and lockVersion
 *   match its submitted/reviewed events; a claim has its appearance; an
 *   annotation's revision counts its edits), and no audit event names a row
 *   that does not exist.
 *
 * Conflict detection runs by itself after claim writes (lib/claims/request-conflict-detection.ts):
 * its audit events (conflict.detected, conflict.auto_closed) are effects of acknowledged
 * writes, not acknowledgements of their own. They are checked against the Conflict rows
 * instead: each conflict detected exactly once, closed at most once, and closed iff resolved.
 */
import pg from "pg";
import { EVIDENCE_PER_VERDICT } from "./simulated-editor";
import type { Ack } from "./recorder";

export interface DatabaseReport {
  /** acknowledged writes with no row, e.g. "Claim c123 (claim.create)" */
  missingRows: string[];
  /** per entity type: rows made by the run that no 2xx acknowledged (a write whose answer was lost) */
  unacknowledgedRows: Record<string, string[]>;
  /** acknowledged (action, entity) pairs whose audit event count differs from the number of acknowledgements */
  auditMismatches: string[];
  /** the same, where there are fewer audit events than acknowledgements: lost writes */
  lostAuditEvents: string[];
  /** audit events of the run that no acknowledgement explains */
  unexplainedAuditEvents: number;
  /** rows whose state disagrees with their audit trail, or audit events naming nothing */
  partialRows: string[];
  counts: {
    annotations: number;
    claims: number;
    verdicts: number;
    evidence: number;
    reviews: number;
    auditEvents: number;
    detectionEvents: number;
    acknowledged: number;
  };
}

/** Audit events written by detection that runs by itself after a write (not acknowledged on their own). */
const DETECTION_ACTIONS = new Set(["conflict.detected", "conflict.auto_closed"]);

interface AuditRow {
  action: string;
  entityType: string;
  entityId: string;
}

/** `annotationTag` marks the run's annotations (the simulated editors tag every note with it). */
export async function inspectDatabase(
  databaseUrl: string,
  workspaceId: string,
  baselineSeq: bigint,
  acks: Ack[],
  annotationTag = "load",
): Promise<DatabaseReport> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const q = async <T extends object>(sql: string, params: unknown[] = []) =>
      (await client.query<T>(sql, params)).rows;
    const audit = await q<AuditRow>(
      `SELECT action, "entityType", "entityId" FROM "AuditEvent" WHERE "workspaceId" = $1 AND seq > $2`,
      [workspaceId, baselineSeq.toString()],
    );
    const annotations = await q<{ id: string; revision: number; kind: string }>(
      `SELECT id, revision, kind::text FROM "Annotation" WHERE "workspaceId" = $1 AND $2 = ANY(tags)`,
      [workspaceId, annotationTag],
    );
    const claims = await q<{ id: string; appearances: number; claimed: number }>(
      `SELECT c.id, count(ca.id)::int AS appearances, count(*) FILTER (WHERE a.kind = 'CLAIM')::int AS claimed
       FROM "Claim" c LEFT JOIN "ClaimAppearance" ca ON ca."claimId" = c.id LEFT JOIN "Annotation" a ON a.id = ca."annotationId"
       WHERE c."workspaceId" = $1 GROUP BY c.id`,
      [workspaceId],
    );
    const verdicts = await q<{
      id: string;
      status: string;
      lockVersion: number;
      revisions: number;
      evidence: number;
      reviews: number;
    }>(
      `SELECT v.id, v.status::text, v."lockVersion",
              (SELECT count(*)::int FROM "VerdictRevision" r WHERE r."verdictId" = v.id) AS revisions,
              (SELECT count(*)::int FROM "Evidence" e JOIN "VerdictRevision" r ON r.id = e."revisionId" WHERE r."verdictId" = v.id) AS evidence,
              (SELECT count(*)::int FROM "Review" rv WHERE rv."verdictId" = v.id) AS reviews
       FROM "Verdict" v WHERE v."workspaceId" = $1`,
      [workspaceId],
    );

    const conflicts = await q<{ id: string; status: string }>(
      `SELECT id, status::text FROM "Conflict" WHERE "workspaceId" = $1`,
      [workspaceId],
    );
    const events = countBy(audit, (e) => `${e.action} ${e.entityId}`);
    const acked = countBy(acks, (a) => `${a.action} ${a.entityId}`);
    const rowsByType: Record<string, Set<string>> = {
      Annotation: new Set(annotations.map((a) => a.id)),
      Claim: new Set(claims.map((c) => c.id)),
      Verdict: new Set(verdicts.map((v) => v.id)),
      Conflict: new Set(conflicts.map((c) => c.id)),
    };

    const missingRows = acks
      .filter((a) => !rowsByType[a.entityType]?.has(a.entityId))
      .map((a) => `${a.entityType} ${a.entityId} (${a.op})`);
    const ackedIds = new Set(acks.map((a) => a.entityId));
    // conflicts are effects of writes (detection), never acknowledged themselves
    const unacknowledgedRows = Object.fromEntries(
      Object.entries(rowsByType)
        .filter(([type]) => type !== "Conflict")
        .map(([type, ids]) => [type, [...ids].filter((id) => !ackedIds.has(id))]),
    );
    const describe = ([key, n]: [string, number]) => `${key}: ${n} acknowledged, ${events.get(key) ?? 0} audit events`;
    const auditMismatches = [...acked].filter(([key, n]) => (events.get(key) ?? 0) !== n).map(describe);
    const lostAuditEvents = [...acked].filter(([key, n]) => (events.get(key) ?? 0) < n).map(describe);
    const unexplainedAuditEvents = [...events]
      .filter(([key]) => !DETECTION_ACTIONS.has(key.split(" ")[0]!))
      .reduce((sum, [key, n]) => sum + Math.max(0, n - (acked.get(key) ?? 0)), 0);

    // Each row against its own audit trail (acknowledged or not: a write whose answer was lost must still be whole).
    const partialRows: string[] = [];
    const trail = (action: string, id: string) => events.get(`${action} ${id}`) ?? 0;
    for (const a of annotations) {
      if (trail("annotation.created", a.id) !== 1)
        partialRows.push(`Annotation ${a.id}: ${trail("annotation.created", a.id)} annotation.created events`);
      const claimed = a.kind === "CLAIM" ? 1 : 0;
      if (a.revision !== 1 + trail("annotation.updated", a.id) + claimed)
        partialRows.push(
          `Annotation ${a.id}: revision ${a.revision} after ${trail("annotation.updated", a.id)} edits${claimed ? " and a claim" : ""}`,
        );
    }
    for (const c of claims) {
      if (trail("claim.created", c.id) !== 1)
        partialRows.push(`Claim ${c.id}: ${trail("claim.created", c.id)} claim.created events`);
      if (c.appearances !== 1 || c.claimed !== 1)
        partialRows.push(`Claim ${c.id}: ${c.appearances} appearances, ${c.claimed} of them CLAIM annotations`);
    }
    for (const v of verdicts) {
      const submitted = trail("verdict.submitted", v.id);
      const reviewed = trail("verdict.reviewed", v.id);
      if (trail("verdict.created", v.id) !== 1)
        partialRows.push(`Verdict ${v.id}: ${trail("verdict.created", v.id)} verdict.created events`);
      if (v.revisions !== 1 || v.evidence !== EVIDENCE_PER_VERDICT)
        partialRows.push(
          `Verdict ${v.id}: ${v.revisions} revisions with ${v.evidence} evidence rows (expected 1 with ${EVIDENCE_PER_VERDICT})`,
        );
      if (v.reviews !== reviewed)
        partialRows.push(`Verdict ${v.id}: ${v.reviews} reviews, ${reviewed} verdict.reviewed events`);
      if (v.lockVersion !== 1 + submitted + reviewed)
        partialRows.push(
          `Verdict ${v.id}: lockVersion ${v.lockVersion} after ${submitted} submits and ${reviewed} reviews`,
        );
      const expectedStatus =
        reviewed > 0 ? ["APPROVED", "CHANGES_REQUESTED"] : submitted > 0 ? ["SUBMITTED"] : ["DRAFT"];
      if (!expectedStatus.includes(v.status))
        partialRows.push(`Verdict ${v.id}: status ${v.status} after ${submitted} submits and ${reviewed} reviews`);
    }
    for (const c of conflicts) {
      if (trail("conflict.detected", c.id) !== 1)
        partialRows.push(`Conflict ${c.id}: ${trail("conflict.detected", c.id)} conflict.detected events`);
      const closed = trail("conflict.auto_closed", c.id);
      if (closed > 1 || (closed === 1) !== (c.status === "RESOLVED"))
        partialRows.push(`Conflict ${c.id}: status ${c.status} after ${closed} conflict.auto_closed events`);
    }
    for (const e of audit) {
      if (!rowsByType[e.entityType]?.has(e.entityId))
        partialRows.push(`audit event ${e.action} names ${e.entityType} ${e.entityId}, which does not exist`);
    }

    return {
      missingRows,
      unacknowledgedRows,
      auditMismatches,
      lostAuditEvents,
      unexplainedAuditEvents,
      partialRows,
      counts: {
        annotations: annotations.length,
        claims: claims.length,
        verdicts: verdicts.length,
        evidence: verdicts.reduce((sum, v) => sum + v.evidence, 0),
        reviews: verdicts.reduce((sum, v) => sum + v.reviews, 0),
        auditEvents: audit.filter((e) => !DETECTION_ACTIONS.has(e.action)).length,
        detectionEvents: audit.filter((e) => DETECTION_ACTIONS.has(e.action)).length,
        acknowledged: acks.length,
      },
    };
  } finally {
    await client.end();
  }
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
