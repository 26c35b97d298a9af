import type { Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/policy/actor";
import { apiTokenScope } from "@/lib/members/scope";

/**
 * In the transaction that removes a member: every API token they made in the
 * workspace is revoked for good (reason "creator_left"). Coming back later, at
 * any role, brings none of them back: a token acts as its creator, and a
 * leaver's old scripts must not resume with whatever role they return with.
 * Audited once per token. Returns how many were revoked.
 */
export async function revokeTokensOfLeaver(tx: Tx, actor: Actor, leaverUserId: string): Promise<number> {
  const tokens = await tx.apiToken.findMany({
    where: { ...apiTokenScope(actor), createdById: leaverUserId, revokedAt: null },
    select: { id: true, name: true, prefix: true },
  });
  if (tokens.length === 0) return 0;
  await tx.apiToken.updateMany({
    where: { id: { in: tokens.map((t) => t.id) }, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: "creator_left" },
  });
  for (const token of tokens) {
    await recordAuditEvent(tx, actor, {
      action: "api_token.revoked",
      entityType: "ApiToken",
      entityId: token.id,
      before: { name: token.name, prefix: token.prefix },
      after: { reason: "creator_left", userId: leaverUserId },
    });
  }
  return tokens.length;
}
