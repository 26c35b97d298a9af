import { z } from "zod";
import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "@/lib/auth/password";

export const ChangePasswordInputSchema = z
  .object({
    currentPassword: z.string(),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(200, "Use at most 200 characters."),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ." });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInputSchema>;

/**
 * A user changes their own password (e.g. replacing the temporary one an admin
 * handed over). SSO-only users may set a first password without a current one.
 * Audited without workspace.
 */
export async function changePassword(userId: string, input: ChangePasswordInput): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new InvalidInputError("Account not found.");
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new InvalidInputError("Please correct the highlighted fields.", { currentPassword: ["The current password is not correct."] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await recordAuditEvent(tx, { userId, workspaceId: null }, { action: "user.password_changed", entityType: "User", entityId: userId });
  });
}
