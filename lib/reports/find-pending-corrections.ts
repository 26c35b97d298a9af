import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";

export interface PendingCorrectionDto {
  id: string;
  reportId: string;
  reportTitle: string;
  claimId: string;
  claimStatement: string;
  reason: string;
  createdAt: Date;
}

/**
 * Editors and up: changes that reached published reports without a note and
 * still need a correction, oldest first — of one report, of one claim, or of
 * the whole workspace.
 */
export async function findPendingCorrections(
  actor: Actor,
  filter: { reportId?: string; claimId?: string } = {},
): Promise<PendingCorrectionDto[]> {
  authorize(actor, "report.exportInternal");
  return loadPendingCorrections(db, actor.workspaceId, filter);
}

export async function loadPendingCorrections(
  client: Tx | typeof db,
  workspaceId: string,
  filter: { reportId?: string; claimId?: string },
): Promise<PendingCorrectionDto[]> {
  const rows = await client.reportPendingCorrection.findMany({
    where: {
      workspaceId,
      resolvedAt: null,
      ...(filter.reportId ? { reportId: filter.reportId } : {}),
      ...(filter.claimId ? { claimId: filter.claimId } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, reportId: true, claimId: true, reason: true, createdAt: true },
  });
  if (rows.length === 0) return [];
  const [reports, claims] = await Promise.all([
    client.report.findMany({
      where: { workspaceId, id: { in: [...new Set(rows.map((r) => r.reportId))] } },
      select: { id: true, title: true, publishedAt: true },
    }),
    client.claim.findMany({
      where: { workspaceId, id: { in: [...new Set(rows.map((r) => r.claimId))] } },
      select: { id: true, statement: true },
    }),
  ]);
  const published = new Map(reports.filter((r) => r.publishedAt).map((r) => [r.id, r.title]));
  const statements = new Map(claims.map((c) => [c.id, c.statement]));
  // an unpublished report no longer shows anything: nothing to correct until it is published again
  return rows
    .filter((r) => published.has(r.reportId))
    .map((r) => ({ ...r, reportTitle: published.get(r.reportId)!, claimStatement: statements.get(r.claimId) ?? "" }));
}
