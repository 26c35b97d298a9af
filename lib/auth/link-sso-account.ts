import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { normalizeEmail } from "@/lib/auth/verify-credentials";

export interface SsoIdentity {
  provider: string;
  providerAccountId: string;
  email: string;
  name: string | null;
}

/**
 * Finds or creates the Factdesk user for an SSO identity (matched by the
 * provider account first, then by verified email) and links the account.
 * A new user belongs to no workspace until an admin adds them.
 */
export async function linkSsoAccount(identity: SsoIdentity): Promise<{ id: string }> {
  const email = normalizeEmail(identity.email);
  return db.$transaction(async (tx) => {
    const account = await tx.account.findUnique({
      where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
      select: { userId: true },
    });
    if (account) return { id: account.userId };

    let user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) {
      user = await tx.user.create({ data: { email, name: identity.name, emailVerified: new Date() }, select: { id: true } });
      await recordAuditEvent(tx, { userId: user.id, workspaceId: null }, { action: "user.created_by_sso", entityType: "User", entityId: user.id, after: { email } });
    }
    await tx.account.create({
      data: { userId: user.id, type: "oauth", provider: identity.provider, providerAccountId: identity.providerAccountId },
    });
    await recordAuditEvent(tx, { userId: user.id, workspaceId: null }, { action: "user.sso_linked", entityType: "User", entityId: user.id, after: { provider: identity.provider } });
    return user;
  });
}
