import { db, type Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { articleScope } from "@/lib/articles/scope";
import { claimScope } from "@/lib/claims/scope";
import { conflictScope } from "@/lib/conflicts/scope";
import type { Actor } from "@/lib/policy/actor";
import type { CreateReportInput, ReportScopeInput } from "@/lib/reports/schemas";

/**
 * Editors and up ("report.exportInternal": a saved report is an export being
 * prepared): saves a report with its title and scope. Every id in the scope
 * must be live in the actor's workspace, else NotFound (404) and nothing is
 * written. Audited.
 */
export async function createReport(actor: Actor, input: CreateReportInput): Promise<{ id: string }> {
  authorize(actor, "report.exportInternal");
  return db.$transaction(async (tx) => {
    await assertScopeVisible(tx, actor, input);
    const report = await tx.report.create({
      data: {
        workspaceId: actor.workspaceId,
        title: input.title,
        scope: input.scope,
        articleId: input.scope === "ARTICLE" ? input.articleId : null,
        claimIds: input.scope === "CLAIMS" ? input.claimIds : [],
        conflictId: input.scope === "CONFLICT" ? input.conflictId : null,
        fromDate: input.scope === "WORKSPACE" ? input.fromDate : null,
        toDate: input.scope === "WORKSPACE" ? input.toDate : null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, actor, {
      action: "report.created",
      entityType: "Report",
      entityId: report.id,
      after: input,
    });
    return report;
  });
}

/** SECURITY: the scope may only name things the actor can see; anything else reads as "not found". */
async function assertScopeVisible(tx: Tx, actor: Actor, scope: ReportScopeInput): Promise<void> {
  switch (scope.scope) {
    case "ARTICLE":
      if (!(await tx.article.findFirst({ where: articleScope(actor, scope.articleId), select: { id: true } })))
        throw new NotFoundError("Article");
      return;
    case "CLAIMS": {
      const found = await tx.claim.count({ where: { ...claimScope(actor), id: { in: scope.claimIds } } });
      if (found !== scope.claimIds.length) throw new NotFoundError("Claim");
      return;
    }
    case "CONFLICT":
      if (!(await tx.conflict.findFirst({ where: conflictScope(actor, scope.conflictId), select: { id: true } })))
        throw new NotFoundError("Conflict");
      return;
    case "WORKSPACE":
      return;
  }
}
