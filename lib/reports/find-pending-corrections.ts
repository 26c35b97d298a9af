import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import * as keyset from "@/lib/paging/keyset";
import { claimScopeIncludingDeleted } from "@/lib/claims/scope";
import { pendingCorrectionScope, reportScope } from "@/lib/reports/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
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

/** One page of pending changes, oldest first, and how many wait in all (the page may show fewer). */
export interface PendingCorrectionPage extends keyset.Page<PendingCorrectionDto> {
  total: number;
}

/** What a page of the app shows at once; the correction a reviewer writes there covers exactly these. */
export const PENDING_CORRECTIONS_SHOWN = 100;

/** Oldest first: a correction covers the changes in the order they reached the report. */
const OLDEST_FIRST = keyset.CREATED_OLDEST_FIRST;

type PendingWhere = Prisma.ReportPendingCorrectionWhereInput;
type PendingOrderBy = Prisma.ReportPendingCorrectionOrderByWithRelationInput;

/**
 * Editors and up: changes that reached published reports without a note and
 * still need a correction, oldest first, one page at a time — of one report,
 * or of one claim across the reports that show it. An unpublished report
 * shows nothing, so nothing of it waits until it is published again.
 */
export async function findPendingCorrections(
  actor: Actor,
  filter: { reportId: string } | { claimId: string },
  read: keyset.PageRead = { pageSize: PENDING_CORRECTIONS_SHOWN },
): Promise<PendingCorrectionPage> {
  authorize(actor, "report.exportInternal");
  const waiting: PendingWhere = { ...pendingCorrectionScope(actor), resolvedAt: null };
  const reportIds =
    "reportId" in filter
      ? [filter.reportId]
      : (
          await db.reportPendingCorrection.findMany({
            where: { ...waiting, claimId: filter.claimId },
            distinct: ["reportId"],
            select: { reportId: true },
          })
        ).map((row) => row.reportId);
  const reports = await db.report.findMany({
    where: { ...reportScope(actor), id: { in: reportIds }, publishedAt: { not: null } },
    select: { id: true, title: true },
  });
  if (reports.length === 0) return { items: [], nextCursor: null, previousCursor: null, total: 0 };

  const where: PendingWhere = {
    ...waiting,
    reportId: { in: reports.map((r) => r.id) },
    ...("claimId" in filter ? { claimId: filter.claimId } : {}),
  };
  const page = keyset.keysetArgs<PendingWhere, PendingOrderBy>(OLDEST_FIRST, read.cursor, read.pageSize);
  const [rows, total] = await Promise.all([
    db.reportPendingCorrection.findMany({
      where: { AND: [where, page.where] },
      orderBy: page.orderBy,
      take: page.take,
      select: { id: true, reportId: true, claimId: true, reason: true, createdAt: true },
    }),
    db.reportPendingCorrection.count({ where }),
  ]);
  const claims = await db.claim.findMany({
    // a deleted claim's change may still wait for its correction
    where: { ...claimScopeIncludingDeleted(actor), id: { in: [...new Set(rows.map((r) => r.claimId))] } },
    select: { id: true, statement: true },
  });
  const titles = new Map(reports.map((r) => [r.id, r.title]));
  const statements = new Map(claims.map((c) => [c.id, c.statement]));
  const found = keyset.toPage(rows, OLDEST_FIRST, read, (row) => ({
    ...row,
    reportTitle: titles.get(row.reportId)!,
    claimStatement: statements.get(row.claimId) ?? "",
  }));
  return { ...found, total };
}
