import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every report read and write is limited to the actor's workspace. */
export function reportScope(actor: Actor, reportId?: string): Prisma.ReportWhereInput {
  return { workspaceId: actor.workspaceId, ...(reportId !== undefined ? { id: reportId } : {}) };
}

/** SECURITY: corrections waiting on a published report's change, limited to the actor's workspace. */
export function pendingCorrectionScope(actor: Actor): Prisma.ReportPendingCorrectionWhereInput {
  return { workspaceId: actor.workspaceId };
}

/** The columns that say what a report covers and whether it is published. */
export const REPORT_RECORD_SELECT = {
  id: true,
  workspaceId: true,
  title: true,
  scope: true,
  articleId: true,
  claimIds: true,
  conflictId: true,
  fromDate: true,
  toDate: true,
  publicToken: true,
  publishedAt: true,
  createdAt: true,
  createdById: true,
} as const satisfies Prisma.ReportSelect;

export type ReportRecord = Prisma.ReportGetPayload<{ select: typeof REPORT_RECORD_SELECT }>;
