import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { membershipScope } from "@/lib/members/scope";
import { assertAnotherAdminRemains } from "@/lib/members/lock-admins";
import { revokeTokensOfLeaver } from "@/lib/members/revoke-tokens-of-leaver";
import type { Actor } from "@/lib/policy/actor";
import type { RemoveMemberInput } from "@/lib/members/schemas";

/**
 * Admins only. Removes the membership (the user keeps their account) and, in
 * the same transaction, revokes for good the API tokens they made here. The
 * last admin cannot be removed. Audited.
 */
export async function removeMember(actor: Actor, input: RemoveMemberInput): Promise<void> {
  authorize(actor, "member.manage");
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: membershipScope(actor, input.membershipId),
      select: { id: true, role: true, userId: true },
    });
    if (!membership) throw new NotFoundError("Member");
    if (membership.role === "ADMIN") await assertAnotherAdminRemains(tx, actor.workspaceId, membership.id);
    const { count } = await tx.membership.deleteMany({ where: membershipScope(actor, membership.id) });
    if (count === 0) throw new NotFoundError("Member");
    await recordAuditEvent(tx, actor, {
      action: "member.removed",
      entityType: "Membership",
      entityId: membership.id,
      before: { role: membership.role, userId: membership.userId },
    });
    await revokeTokensOfLeaver(tx, actor, membership.userId);
  });
}
