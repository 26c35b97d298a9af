import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { newOneTimeToken } from "@/lib/auth/one-time-token";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { queueInvitationMail } from "@/lib/invitations/invitation-mail";
import { invitationScope, OPEN_INVITATION } from "@/lib/invitations/scope";
import { invitationExpiry, type InvitationIdInput } from "@/lib/invitations/schemas";
import type { Actor } from "@/lib/policy/actor";

/**
 * Admins only. Sends an open invitation again (also an expired one) with a
 * new link valid for 7 more days; the previous link stops working at once.
 * An accepted or revoked invitation is not found. Audited.
 */
export async function resendInvitation(actor: Actor, input: InvitationIdInput): Promise<void> {
  authorize(actor, "member.manage");
  const mailId = await db.$transaction(async (tx) => {
    const { token, tokenHash } = newOneTimeToken();
    const sentAt = new Date();
    // conditional on still being open: a concurrent acceptance or revocation wins
    const { count } = await tx.invitation.updateMany({
      where: { ...invitationScope(actor, input.invitationId), ...OPEN_INVITATION },
      data: { tokenHash, lastSentAt: sentAt, expiresAt: invitationExpiry(sentAt) },
    });
    if (count === 0) throw new NotFoundError("Open invitation");
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { id: input.invitationId },
      select: {
        id: true,
        email: true,
        role: true,
        expiresAt: true,
        workspace: { select: { id: true, name: true, organisationName: true } },
      },
    });
    const inviter = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { name: true, email: true },
    });
    const queued = await queueInvitationMail(tx, {
      to: invitation.email,
      token,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      workspace: invitation.workspace,
      inviter,
    });
    await recordAuditEvent(tx, actor, {
      action: "invitation.resent",
      entityType: "Invitation",
      entityId: invitation.id,
      after: { email: invitation.email, expiresAt: invitation.expiresAt },
    });
    return queued;
  });
  await deliverMail([mailId]);
}
