import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashOneTimeToken, ONE_TIME_TOKEN_PATTERN } from "@/lib/auth/one-time-token";
import type { Role } from "@/lib/policy/actor";

export interface OpenInvitation {
  id: string;
  workspaceId: string;
  email: string;
  role: Role;
  workspace: { slug: string };
}

/** An unknown, used, revoked or expired link: all the same to whoever holds it. */
export class DeadInvitationLinkError extends NotFoundError {
  constructor() {
    super("Invitation");
    this.message =
      "This invitation link is no longer valid. It may have expired, been used, or been replaced by a newer one. Ask the workspace's admin to send it again.";
  }
}

/**
 * The open invitation a link's token opens, locked for the rest of the
 * transaction so two acceptances of one link take turns (the second finds it
 * used). Anything else is a DeadInvitationLinkError.
 */
export async function lockOpenInvitation(tx: Tx, token: string): Promise<OpenInvitation> {
  if (!ONE_TIME_TOKEN_PATTERN.test(token)) throw new DeadInvitationLinkError();
  const tokenHash = hashOneTimeToken(token);
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Invitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
  if (locked.length === 0) throw new DeadInvitationLinkError();
  const invitation = await tx.invitation.findFirst({
    where: { id: locked[0]!.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, workspaceId: true, email: true, role: true, workspace: { select: { slug: true } } },
  });
  if (!invitation) throw new DeadInvitationLinkError();
  return invitation;
}

/**
 * The invitee joins: the membership with the invited role (someone who is a
 * member already keeps their role), the invitation marked accepted, audited
 * in the workspace with the invitee as actor.
 */
export async function joinByInvitation(
  tx: Tx,
  invitation: OpenInvitation,
  userId: string,
): Promise<{ workspaceSlug: string }> {
  const existing = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId } },
    select: { id: true },
  });
  const membership =
    existing ??
    (await tx.membership.create({
      data: { workspaceId: invitation.workspaceId, userId, role: invitation.role },
      select: { id: true },
    }));
  await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date(), acceptedById: userId } });
  await recordAuditEvent(
    tx,
    { userId, workspaceId: invitation.workspaceId },
    {
      action: "invitation.accepted",
      entityType: "Invitation",
      entityId: invitation.id,
      after: {
        email: invitation.email,
        role: invitation.role,
        userId,
        membershipId: membership.id,
        alreadyMember: existing !== null,
      },
    },
  );
  return { workspaceSlug: invitation.workspace.slug };
}
