import { db } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions/revoke-sessions";
import { joinByInvitation, lockOpenInvitation } from "@/lib/invitations/open-invitation";
import type { AcceptWithPasswordInput } from "@/lib/invitations/schemas";

export interface AcceptedWithPassword {
  userId: string;
  /** to sign in with the new password right away */
  email: string;
  workspaceSlug: string;
}

/**
 * Accepting with a password the invitee chooses themselves. The link proves
 * they own the invited address (as a password-reset mail would), so:
 * - no account yet: it is created, its email verified;
 * - an account nobody has a password of their own for — none at all (made by
 *   an admin command, or SSO only) or one someone else chose (a temporary
 *   password from before invitations, mustChangePassword): the new password
 *   replaces it and the account's sessions end, so whoever chose the old one
 *   is locked out;
 * - an account with the person's own password: refused, sign in to accept.
 * Then the invitee joins with the invited role. One transaction; audited.
 */
export async function acceptInvitationWithPassword(input: AcceptWithPasswordInput): Promise<AcceptedWithPassword> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const invitation = await lockOpenInvitation(tx, input.token);
    const existing = await tx.user.findUnique({
      where: { email: invitation.email },
      select: { id: true, name: true, passwordHash: true, mustChangePassword: true, emailVerified: true },
    });
    if (existing?.passwordHash && !existing.mustChangePassword) {
      throw new ConflictError(
        `An account for ${invitation.email} already exists. Sign in with it to accept the invitation.`,
      );
    }
    const now = new Date();
    let userId: string;
    if (!existing) {
      const user = await tx.user.create({
        data: { email: invitation.email, name: input.name, passwordHash, emailVerified: now },
        select: { id: true },
      });
      userId = user.id;
      await recordAuditEvent(
        tx,
        { userId, workspaceId: null },
        {
          action: "user.created_by_invitation",
          entityType: "User",
          entityId: userId,
          after: { email: invitation.email, invitationId: invitation.id },
        },
      );
    } else {
      userId = existing.id;
      await tx.user.update({
        where: { id: userId },
        data: {
          passwordHash,
          mustChangePassword: false,
          emailVerified: existing.emailVerified ?? now,
          name: existing.name ?? input.name,
        },
      });
      const sessionsEnded = await revokeUserSessions(tx, userId);
      await recordAuditEvent(
        tx,
        { userId, workspaceId: null },
        {
          action: "user.password_set_by_invitation",
          entityType: "User",
          entityId: userId,
          after: { invitationId: invitation.id, replacedForeignPassword: existing.mustChangePassword, sessionsEnded },
        },
      );
    }
    const joined = await joinByInvitation(tx, invitation, userId);
    return { userId, email: invitation.email, workspaceSlug: joined.workspaceSlug };
  });
}
