import { db } from "@/lib/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { joinByInvitation, lockOpenInvitation } from "@/lib/invitations/open-invitation";

/**
 * A signed-in person accepts an invitation with the link from its email. The
 * link proves the mailbox and the session proves the account; both must be
 * the invited address, so neither a forwarded link nor someone else's
 * session is enough on its own. A refusal writes nothing.
 */
export async function acceptInvitation(userId: string, token: string): Promise<{ workspaceSlug: string }> {
  return db.$transaction(async (tx) => {
    const invitation = await lockOpenInvitation(tx, token);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
    if (!user) throw new UnauthenticatedError();
    if (user.email !== invitation.email)
      throw new ForbiddenError(
        `This invitation is for ${invitation.email}; you are signed in as ${user.email}. Sign out, then open the link again.`,
      );
    return joinByInvitation(tx, invitation, user.id);
  });
}
