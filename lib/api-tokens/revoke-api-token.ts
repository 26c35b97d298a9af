import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { apiTokenScope } from "@/lib/members/scope";
import type { Actor } from "@/lib/policy/actor";
import type { RevokeApiTokenInput } from "@/lib/api-tokens/schemas";

/**
 * Admins (apiToken.manage): revokes a token of the workspace; its next request
 * gets 401. Revoking a revoked token changes nothing. Audited.
 */
export async function revokeApiToken(actor: Actor, input: RevokeApiTokenInput): Promise<void> {
  authorize(actor, "apiToken.manage");
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: apiTokenScope(actor, input.tokenId),
      select: { id: true, name: true, prefix: true, revokedAt: true },
    });
    if (!token) throw new NotFoundError("API token");
    if (token.revokedAt) return;
    const { count } = await tx.apiToken.updateMany({
      where: { ...apiTokenScope(actor, token.id), revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: "admin" },
    });
    if (count === 0) return; // revoked by someone else meanwhile
    await recordAuditEvent(tx, actor, {
      action: "api_token.revoked",
      entityType: "ApiToken",
      entityId: token.id,
      before: { name: token.name, prefix: token.prefix },
    });
  });
}
