import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { normalizeEmail } from "@/lib/auth/verify-credentials";
import { revokeUserSessions } from "@/lib/auth/sessions/revoke-sessions";

export interface SsoIdentity {
  provider: string;
  providerAccountId: string;
  email: string;
  name: string | null;
}

/**
 * Finds or creates the Factdesk user for an SSO identity (matched by the
 * provider account first, then by verified email) and links the account.
 * A new user belongs to no workspace until they accept an invitation.
 */
export async function linkSsoAccount(identity: SsoIdentity): Promise<{ id: string }> {
  const email = normalizeEmail(identity.email);
  return db.$transaction(async (tx) => {
    const account = await tx.account.findUnique({
      where: {
        provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId },
      },
      select: { userId: true },
    });
    if (account) return { id: account.userId };

    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, mustChangePassword: true } });
    let user: { id: string };
    if (!existing) {
      user = await tx.user.create({
        data: { email, name: identity.name, emailVerified: new Date() },
        select: { id: true },
      });
      await recordAuditEvent(
        tx,
        { userId: user.id, workspaceId: null },
        { action: "user.created_by_sso", entityType: "User", entityId: user.id, after: { email } },
      );
    } else {
      user = { id: existing.id };
      if (existing.mustChangePassword) await removeForeignPassword(tx, existing.id);
    }
    await tx.account.create({
      data: {
        userId: user.id,
        type: "oauth",
        provider: identity.provider,
        providerAccountId: identity.providerAccountId,
      },
    });
    await recordAuditEvent(
      tx,
      { userId: user.id, workspaceId: null },
      { action: "user.sso_linked", entityType: "User", entityId: user.id, after: { provider: identity.provider } },
    );
    return user;
  });
}

/**
 * SECURITY: an account found by email whose password someone else chose (a
 * temporary password an admin saw, before invitations replaced them) loses
 * that password when its verified owner links their SSO identity, and its
 * other sessions end: whoever chose the password can no longer sign in as
 * the owner (issue 13's takeover). Runs before the SSO sign-in makes its own
 * session. Audited.
 */
async function removeForeignPassword(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({
    where: { id: userId },
    data: { passwordHash: null, mustChangePassword: false, emailVerified: new Date() },
  });
  const sessionsEnded = await revokeUserSessions(tx, userId);
  await recordAuditEvent(
    tx,
    { userId, workspaceId: null },
    {
      action: "user.foreign_password_removed",
      entityType: "User",
      entityId: userId,
      after: { reason: "sso_linked", sessionsEnded },
    },
  );
}
