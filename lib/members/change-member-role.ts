import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { membershipScope } from "@/lib/members/scope";
import { assertAnotherAdminRemains } from "@/lib/members/lock-admins";
import type { Actor } from "@/lib/policy/actor";
import type { ChangeMemberRoleInput } from "@/lib/members/schemas";

/** Admins only. The last admin cannot be demoted. Audited. */
export async function changeMemberRole(actor: Actor, input: ChangeMemberRoleInput): Promise<void> {
  authorize(actor, "member.manage");
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: membershipScope(actor, input.membershipId),
      select: { id: true, role: true, userId: true },
    });
    if (!membership) throw new NotFoundError("Member");
    if (membership.role === input.role) return;
    if (membership.role === "ADMIN") await assertAnotherAdminRemains(tx, actor.workspaceId, membership.id);
    const { count } = await tx.membership.updateMany({
      where: membershipScope(actor, membership.id),
      data: { role: input.role },
    });
    if (count === 0) throw new NotFoundError("Member");
    await recordAuditEvent(tx, actor, {
      action: "member.role_changed",
      entityType: "Membership",
      entityId: membership.id,
      before: { role: membership.role, userId: membership.userId },
      after: { role: input.role, userId: membership.userId },
    });
  });
}
