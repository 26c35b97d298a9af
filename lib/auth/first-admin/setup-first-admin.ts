import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { mapUniqueViolation } from "@/lib/db/errors";
import { NotFoundError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashOneTimeToken, ONE_TIME_TOKEN_PATTERN } from "@/lib/auth/one-time-token";
import { hashPassword } from "@/lib/auth/password";
import { createWorkspaceRows } from "@/lib/workspaces/insert-workspace";
import { FIRST_USER_LOCK, type SetupFirstAdminInput } from "@/lib/auth/first-admin/schemas";

export class DeadSetupLinkError extends NotFoundError {
  constructor() {
    super("Setup link");
    this.message =
      "This setup link is no longer valid: it was used, it expired, or the server printed a newer one. Someone already has an account? Ask them to invite you.";
  }
}

/** Whether a first-admin link still works (the page shows its form only then). */
export async function isFirstAdminLinkLive(token: string, client: PrismaClient = db): Promise<boolean> {
  if (!ONE_TIME_TOKEN_PATTERN.test(token)) return false;
  const link = await client.passwordToken.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true },
  });
  if (!link || link.purpose !== "FIRST_ADMIN" || link.usedAt || link.expiresAt <= new Date()) return false;
  return (await client.user.count()) === 0;
}

/**
 * The first admin: their account, their workspace (default rating scale) and
 * the ADMIN membership, in one transaction that re-checks, under a lock, that
 * there is still no user at all — so the link is dead once anyone has an
 * account, and two submissions make one admin. The link is used up. Audited.
 */
export async function setupFirstAdmin(
  input: SetupFirstAdminInput,
  client: PrismaClient = db,
): Promise<{ userId: string; email: string; workspaceSlug: string }> {
  if (!ONE_TIME_TOKEN_PATTERN.test(input.token)) throw new DeadSetupLinkError();
  const passwordHash = await hashPassword(input.password);
  return mapUniqueViolation({ slug: "This address is taken." }, () =>
    client.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_USER_LOCK})`;
      const used = await tx.passwordToken.updateMany({
        where: {
          tokenHash: hashOneTimeToken(input.token),
          purpose: "FIRST_ADMIN",
          usedAt: null,
          expiresAt: { gt: new Date() },
        },
        data: { usedAt: new Date() },
      });
      if (used.count === 0 || (await tx.user.count()) > 0) throw new DeadSetupLinkError();
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash },
        select: { id: true },
      });
      await recordAuditEvent(
        tx,
        { userId: user.id, workspaceId: null },
        { action: "user.created_as_first_admin", entityType: "User", entityId: user.id, after: { email: input.email } },
      );
      const workspace = await createWorkspaceRows(
        tx,
        { userId: user.id, workspaceId: null },
        { name: input.workspaceName, slug: input.slug, organisationName: input.organisationName },
      );
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "ADMIN" } });
      return { userId: user.id, email: input.email, workspaceSlug: workspace.slug };
    }),
  );
}
