import { db } from "@/lib/db/client";
import { hashOneTimeToken, ONE_TIME_TOKEN_PATTERN } from "@/lib/auth/one-time-token";
import type { Role } from "@/lib/policy/actor";

export interface InvitationView {
  email: string;
  name: string | null;
  role: Role;
  expiresAt: Date;
  workspace: { name: string; slug: string; organisationName: string };
  /** who sent it; null when their account is gone (the page says "an admin" in the viewer's language) */
  inviter: string | null;
  /**
   * "sign_in": the address has an account with its owner's own password;
   * "choose_password": no account, or one without a password of the person's
   * own (see acceptInvitationWithPassword).
   */
  account: "sign_in" | "choose_password";
}

/** What the invitation page shows to whoever holds a live link; null for any dead or unknown link (nothing is written). */
export async function findInvitationByToken(token: string): Promise<InvitationView | null> {
  if (!ONE_TIME_TOKEN_PATTERN.test(token)) return null;
  const invitation = await db.invitation.findFirst({
    where: { tokenHash: hashOneTimeToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: {
      email: true,
      name: true,
      role: true,
      expiresAt: true,
      invitedById: true,
      workspace: { select: { name: true, slug: true, organisationName: true } },
    },
  });
  if (!invitation) return null;
  const [inviter, account] = await Promise.all([
    db.user.findUnique({ where: { id: invitation.invitedById }, select: { name: true, email: true } }),
    db.user.findUnique({
      where: { email: invitation.email },
      select: { passwordHash: true, mustChangePassword: true },
    }),
  ]);
  return {
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    workspace: invitation.workspace,
    inviter: inviter ? (inviter.name ?? inviter.email) : null,
    account: account?.passwordHash && !account.mustChangePassword ? "sign_in" : "choose_password",
  };
}
