import { db, type Tx } from "@/lib/db/client";
import { mapUniqueViolation } from "@/lib/db/errors";
import { ConflictError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { newOneTimeToken } from "@/lib/auth/one-time-token";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { invitedInboxEntry, queueInvitationMail } from "@/lib/invitations/invitation-mail";
import { recipientLocale } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { invitationScope, OPEN_INVITATION } from "@/lib/invitations/scope";
import { membershipScope } from "@/lib/members/scope";
import { invitationExpiry, type InviteMemberInput } from "@/lib/invitations/schemas";
import type { Actor, Role } from "@/lib/policy/actor";

const ALREADY_INVITED =
  "already has an open invitation to this workspace. Resend it from the list of invitations instead.";

export interface InvitedMember {
  invitationId: string;
  email: string;
}

/**
 * Admins only. Invites a person by email: a single-use link valid for 7 days
 * goes to the address, and nothing else happens until they accept — no
 * account is made and nobody chooses a password for them, so an admin of any
 * workspace gains no power over the address (issue 13's takeover). The answer
 * is the same whether or not the address has an account on this server.
 * Audited.
 */
export async function inviteMember(actor: Actor, input: InviteMemberInput): Promise<InvitedMember> {
  authorize(actor, "member.manage");
  const { invitationId, mailId } = await mapUniqueViolation({ email: `${input.email} ${ALREADY_INVITED}` }, () =>
    db.$transaction(async (tx) => {
      const account = await tx.user.findUnique({
        where: { email: input.email },
        select: {
          id: true,
          locale: true,
          memberships: { where: membershipScope(actor), select: { id: true } },
        },
      });
      if (account?.memberships.length) throw new ConflictError(`${input.email} is already a member of this workspace.`);
      const open = await tx.invitation.findFirst({
        where: { ...invitationScope(actor), email: input.email, ...OPEN_INVITATION },
        select: { id: true },
      });
      if (open) throw new ConflictError(`${input.email} ${ALREADY_INVITED}`);

      const { token, tokenHash } = newOneTimeToken();
      const sentAt = new Date();
      const invitation = await tx.invitation.create({
        data: {
          workspaceId: actor.workspaceId,
          email: input.email,
          name: input.name || null,
          role: input.role,
          tokenHash,
          invitedById: actor.userId,
          createdAt: sentAt,
          lastSentAt: sentAt,
          expiresAt: invitationExpiry(sentAt),
        },
        select: { id: true, expiresAt: true, workspace: { select: { id: true, name: true, organisationName: true } } },
      });
      const inviter = await tx.user.findUniqueOrThrow({
        where: { id: actor.userId },
        select: { name: true, email: true },
      });
      const mailId = await queueInvitationMail(tx, {
        to: input.email,
        token,
        role: input.role,
        expiresAt: invitation.expiresAt,
        workspace: invitation.workspace,
        inviter,
      });
      if (account)
        await putInInbox(tx, account.id, recipientLocale(account.locale), {
          workspaceName: invitation.workspace.name,
          workspaceId: actor.workspaceId,
          inviter: inviter.name ?? inviter.email,
          role: input.role,
          email: input.email,
          expiresAt: invitation.expiresAt,
        });
      await recordAuditEvent(tx, actor, {
        action: "invitation.created",
        entityType: "Invitation",
        entityId: invitation.id,
        after: { email: input.email, name: input.name || null, role: input.role, expiresAt: invitation.expiresAt },
      });
      return { invitationId: invitation.id, mailId };
    }),
  );
  await deliverMail([mailId]);
  return { invitationId, email: input.email };
}

/**
 * An invited person who already has an account also finds the invitation in
 * their in-app inbox. Written directly rather than through notify(): the
 * invitation email, which alone carries the link, is this notification's
 * email, and a second mail would only repeat it. The inbox entry has no link:
 * accepting takes the link from the mail (a signed-in session alone does not
 * prove the address belongs to whoever holds it).
 */
async function putInInbox(
  tx: Tx,
  userId: string,
  locale: Locale,
  i: { workspaceName: string; workspaceId: string; inviter: string; role: Role; email: string; expiresAt: Date },
): Promise<void> {
  // in the invitee's own language (the email goes by the same rule, lib/invitations/invitation-mail.ts)
  await tx.notification.create({
    data: { userId, workspaceId: i.workspaceId, kind: "INVITED", ...invitedInboxEntry(locale, i), link: null },
  });
}
