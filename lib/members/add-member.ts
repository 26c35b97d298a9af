import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/policy/actor";
import type { AddMemberInput } from "@/lib/members/schemas";

export interface AddMemberResult {
  membershipId: string;
  userId: string;
  /** Set only when a new account was created: shown to the admin once, never stored in clear. */
  temporaryPassword: string | null;
}

/**
 * Admins only. Adds a person by email with a role. An existing account (also
 * one that signs in through SSO) just gains the membership; for a new address
 * an account is created with a one-time temporary password for the admin to
 * pass on. Audited.
 */
export async function addMember(actor: Actor, input: AddMemberInput): Promise<AddMemberResult> {
  authorize(actor, "member.manage");
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  const temporaryPassword = existing ? null : randomBytes(12).toString("base64url");
  const passwordHash = temporaryPassword ? await hashPassword(temporaryPassword) : null;

  return db.$transaction(async (tx) => {
    const user =
      existing ??
      (await tx.user.upsert({
        where: { email: input.email },
        update: {},
        create: { email: input.email, name: input.name ?? null, passwordHash },
        select: { id: true },
      }));
    const already = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: actor.workspaceId, userId: user.id } }, select: { id: true } });
    if (already) throw new ConflictError(`${input.email} is already a member of this workspace.`);
    const membership = await tx.membership.create({
      data: { workspaceId: actor.workspaceId, userId: user.id, role: input.role },
      select: { id: true },
    });
    await recordAuditEvent(tx, actor, {
      action: "member.added",
      entityType: "Membership",
      entityId: membership.id,
      after: { email: input.email, role: input.role, userId: user.id, newAccount: !existing },
    });
    return { membershipId: membership.id, userId: user.id, temporaryPassword };
  });
}
