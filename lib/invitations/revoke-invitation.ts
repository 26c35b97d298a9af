import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { invitationScope, OPEN_INVITATION } from "@/lib/invitations/scope";
import type { InvitationIdInput } from "@/lib/invitations/schemas";
import type { Actor } from "@/lib/policy/actor";

/**
 * Admins only. Its link stops working at once. An invitation already accepted
 * or revoked is not found (revoking cannot undo a membership: remove the
 * member instead). Audited.
 */
export async function revokeInvitation(actor: Actor, input: InvitationIdInput): Promise<void> {
  authorize(actor, "member.manage");
  await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { ...invitationScope(actor, input.invitationId), ...OPEN_INVITATION },
      select: { id: true, email: true, role: true },
    });
    if (!invitation) throw new NotFoundError("Open invitation");
    const { count } = await tx.invitation.updateMany({
      where: { ...invitationScope(actor, invitation.id), ...OPEN_INVITATION },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError("Open invitation");
    await recordAuditEvent(tx, actor, {
      action: "invitation.revoked",
      entityType: "Invitation",
      entityId: invitation.id,
      before: { email: invitation.email, role: invitation.role },
    });
  });
}
