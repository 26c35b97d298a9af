import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { publicAddressProblem } from "@/lib/public-urls/public-address";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueWebhookEvent } from "@/lib/webhooks/queue-webhook-event";
import { reportScope } from "@/lib/reports/scope";
import type { Actor } from "@/lib/policy/actor";

/** 32 random bytes (256 bits) in base64url: 43 characters, unguessable. */
export function newPublicToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Reviewers and up ("report.publish"): publishes a report at its public URL.
 * The first publication makes the token; republishing after an unpublish
 * keeps it, so links shared before work again. Publishing a published report
 * changes nothing. Audited. Refused (409) while public addresses would
 * name this computer (PUBLIC_BASE_URL unset or local, outside the demo).
 */
export async function publishReport(actor: Actor, reportId: string): Promise<{ publicToken: string }> {
  authorize(actor, "report.publish");
  // outside the demo, links on localhost would reach readers (ClaimReview urls, feeds, embeds) as addresses nobody can open
  if (publicAddressProblem())
    throw new ConflictError(
      "Set PUBLIC_BASE_URL to the address readers use before publishing: public links would point to this computer.",
    );
  return db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({
      where: reportScope(actor, reportId),
      select: { id: true, publicToken: true, publishedAt: true },
    });
    if (!report) throw new NotFoundError("Report");
    if (report.publishedAt && report.publicToken) return { publicToken: report.publicToken };
    const publicToken = report.publicToken ?? newPublicToken();
    const publishedAt = new Date();
    // Only if nobody published it meanwhile: of two reviewers publishing at once, both end up with the one stored token.
    const { count } = await tx.report.updateMany({
      where: { ...reportScope(actor, report.id), publishedAt: null, publicToken: report.publicToken },
      data: { publicToken, publishedAt, publishedById: actor.userId },
    });
    if (count === 0) {
      const current = await tx.report.findFirstOrThrow({
        where: reportScope(actor, report.id),
        select: { publicToken: true },
      });
      return { publicToken: current.publicToken! };
    }
    await recordAuditEvent(tx, actor, {
      action: report.publicToken ? "report.republished" : "report.published",
      entityType: "Report",
      entityId: report.id,
      before: { publishedAt: null },
      after: { publishedAt },
    });
    await queueWebhookEvent(tx, actor.workspaceId, "report.published", { reportId: report.id });
    return { publicToken };
  });
}
